package io.flopsplit.report;

/** Text made safe for XML and HTML: character data and attribute values alike (SVG figures, the HTML report). */
public final class Markup {

    private Markup() {
    }

    /** {@code text} with the five characters XML and HTML give a meaning escaped. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
