package io.flopsplit.report;

import java.util.List;
import java.util.regex.Pattern;

/** The pieces of {@link HtmlReport}'s page: escaping, the results table, inline SVG and the style sheet. */
final class Html {

    /** Digits kept in table cells, as in the console table. */
    private static final int TABLE_DIGITS = 5;
    private static final Pattern PROLOGUE = Pattern.compile("\\A\\s*(<\\?xml[^>]*\\?>\\s*)?(<!DOCTYPE[^>]*>\\s*)?");
    private static final Pattern ACTIVE = Pattern.compile("(?i)<script|<foreignObject|\\son[a-z]+\\s*=|javascript:"
            + "|<!ENTITY|(?:xlink:)?href\\s*=\\s*[\"'](?!#)");

    static final String STYLE = """
            body { margin: 0; background: #fafafa; color: #222;
                   font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; }
            main { max-width: 1180px; margin: 0 auto; padding: 24px; }
            h1 { font-size: 1.6em; margin: 0 0 0.3em; }
            h2 { font-size: 1.2em; margin: 1.6em 0 0.5em; border-bottom: 1px solid #ddd; }
            .question { font-size: 1.1em; font-style: italic; }
            table { border-collapse: collapse; font-variant-numeric: tabular-nums; background: #fff; }
            th, td { padding: 4px 10px; border-bottom: 1px solid #e4e4e4; text-align: right; }
            th:first-child, td:first-child { text-align: left; }
            th { background: #f0f0f0; }
            .table { overflow-x: auto; }
            figure { margin: 1em 0; background: #fff; border: 1px solid #e4e4e4; }
            figure svg { display: block; max-width: 100%; height: auto; }
            pre { background: #fff; border: 1px solid #e4e4e4; padding: 10px; overflow-x: auto;
                  font: 13px/1.4 ui-monospace, "DejaVu Sans Mono", monospace; }
            """;

    private Html() {
    }


    /** The rows as a table: the union of their columns, numbers rounded to five significant digits. */
    static String table(List<Row> rows) {
        if (rows.isEmpty()) {
            return "<p>No results.</p>\n";
        }
        List<String> columns = RowWriter.columns(rows);
        StringBuilder html = new StringBuilder("<div class=\"table\"><table>\n<thead><tr>");
        columns.forEach(column -> html.append("<th>").append(Markup.escape(column)).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (Row row : rows) {
            html.append("<tr>");
            columns.forEach(column -> html.append("<td>").append(Markup.escape(RowWriter.cell(row, column, true)))
                    .append("</td>"));
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table></div>\n").toString();
    }

    /**
     * An SVG document made ready to sit inside the page: its XML prologue dropped, and its ids (and
     * the references to them) prefixed so that two figures never share an id. A document that could
     * run code or fetch anything (scripts, event handlers, foreign objects, links out) is refused.
     */
    static String inlineSvg(String svg, String idPrefix) {
        String body = PROLOGUE.matcher(svg).replaceFirst("");
        if (!body.startsWith("<svg")) {
            throw new IllegalArgumentException("figures: must be SVG documents, one began with '"
                    + body.substring(0, Math.min(40, body.length())) + "'");
        }
        if (ACTIVE.matcher(body).find()) {
            throw new IllegalArgumentException("figures: an SVG holds a script, an event handler or an outside link");
        }
        return body.replace(" id=\"", " id=\"" + idPrefix)
                .replace("url(#", "url(#" + idPrefix)
                .replace("href=\"#", "href=\"#" + idPrefix);
    }
}
