package io.flopsplit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private final String html = ReportSamples.report().html();

    @Test
    void holdsTheQuestionTheTableTheFiguresTheScenarioAndTheCommand() {
        assertTrue(html.contains("<p class=\"question\">Where should 1e23 FLOPs go when the model must answer"));
        assertTrue(html.contains("<th>policy</th><th>accuracy</th><th>params</th>"));
        assertTrue(html.contains("<td>oracle</td><td>0.26373</td><td>4.1665e9</td>"));
        assertEquals(2, count(html, "<svg"));
        assertTrue(html.contains("flopsplit run scenarios/quickstart.yaml --out results"));
    }

    @Test
    void escapesEverythingItWasGiven() {
        assertFalse(html.contains("<script"), "no script, not even the one in the scenario's comment");
        assertTrue(html.contains("# &lt;script&gt;alert(&#39;not run&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"));
        assertTrue(html.contains("<h1>quickstart — &lt;where&gt; should 1e23 FLOPs go?</h1>"));
    }

    @Test
    void loadsNothingFromOutside() {
        assertTrue(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\""));
        for (String outside : List.of("<link", "<script", "src=", "@import", "url(http", "@font-face")) {
            assertFalse(html.contains(outside), "page refers outside: " + outside);
        }
    }

    @Test
    void figuresNeverShareAnId() {
        Matcher ids = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (ids.find()) {
            assertTrue(seen.add(ids.group(1)), "duplicate id " + ids.group(1));
        }
        assertFalse(seen.isEmpty(), "the figures' clip paths have ids");
        Matcher references = Pattern.compile("url\\(#([^)]+)\\)").matcher(html);
        while (references.find()) {
            assertTrue(seen.contains(references.group(1)), "dangling reference " + references.group(1));
        }
    }

    @Test
    void refusesAnSvgThatCouldRunOrFetchAnything() {
        for (String svg : List.of("<svg><script>alert(1)</script></svg>", "<svg onload=\"x()\"></svg>",
                "<svg><image href=\"http://example.org/a.png\"/></svg>", "<html></html>")) {
            HtmlReport report = new HtmlReport("t", "q", List.of(), List.of(svg), "", "c");
            assertThrows(IllegalArgumentException.class, report::html, svg);
        }
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
