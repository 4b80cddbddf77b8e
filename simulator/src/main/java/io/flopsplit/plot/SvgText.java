package io.flopsplit.plot;

import io.flopsplit.report.Markup;

/** Small, exact edits of the SVG text VectorGraphics2D writes. */
final class SvgText {

    private SvgText() {
    }

    /** Drops the DOCTYPE (it points at a remote DTD) and adds a {@code <title>} as the first child. */
    static String tidy(String svg, String title) {
        String text = svg.replaceFirst("<!DOCTYPE svg[^>]*>\\s*", "");
        int open = text.indexOf("<svg");
        int end = open < 0 ? -1 : text.indexOf('>', open);
        if (end < 0) {
            throw new IllegalStateException("the SVG writer produced no <svg> element");
        }
        return text.substring(0, end + 1) + "\n  <title>" + Markup.escape(title) + "</title>" + text.substring(end + 1);
    }

}
