package io.flopsplit.report;

import io.flopsplit.compute.Checks;
import java.nio.file.Path;
import java.util.List;

/**
 * One self-contained HTML page that answers a question: the question, the results table, the
 * figures inline as SVG, the effective scenario and the command that reproduces it all. The page
 * loads nothing from anywhere — no script, no font, no stylesheet, no image file — and says so to
 * the browser with a Content-Security-Policy that forbids every fetch; its CSS is inline.
 *
 * @param title the page's title and heading
 * @param question the question the run answers, in a sentence
 * @param table the results, one row per line of the table (numbers rounded as the console table does)
 * @param figures SVG documents (as flopsplit's figures write them), shown in order
 * @param scenario the effective scenario (YAML), shown verbatim
 * @param command the command line that reproduces the page
 */
public record HtmlReport(String title, String question, List<Row> table, List<String> figures, String scenario,
                         String command) {

    public HtmlReport {
        Checks.present("title", title);
        Checks.present("question", question);
        table = List.copyOf(Checks.present("table", table));
        figures = List.copyOf(Checks.present("figures", figures));
        Checks.present("scenario", scenario);
        Checks.present("command", command);
    }

    /** The page. */
    public String html() {
        StringBuilder page = new StringBuilder(8192);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
                .append(" style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Markup.escape(title)).append("</title>\n")
                .append("<style>\n").append(Html.STYLE).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>").append(Markup.escape(title)).append("</h1>\n")
                .append("<p class=\"question\">").append(Markup.escape(question)).append("</p>\n");
        page.append("<h2>Results</h2>\n").append(Html.table(table));
        if (!figures.isEmpty()) {
            page.append("<h2>Figures</h2>\n");
            for (int i = 0; i < figures.size(); i++) {
                page.append("<figure>\n").append(Html.inlineSvg(figures.get(i), "f" + (i + 1) + "-"))
                        .append("\n</figure>\n");
            }
        }
        page.append("<h2>Scenario</h2>\n<p>The effective scenario, every default applied:</p>\n<pre>")
                .append(Markup.escape(scenario)).append("</pre>\n")
                .append("<h2>Reproduce</h2>\n<pre><code>").append(Markup.escape(command)).append("</code></pre>\n")
                .append("</main>\n</body>\n</html>\n");
        return page.toString();
    }

    /** Writes the page to {@code file}, atomically. */
    public void write(Path file) {
        AtomicFile.write(file, html());
    }
}
