package io.flopsplit.plot;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Where everything goes on a figure's canvas, the same for every figure: the title across the top,
 * the panels side by side (each at least {@link #MIN_PANEL_WIDTH} wide), the legend in a column on
 * the right, and the caption wrapped across the bottom. Sizes are in pixels (SVG user units).
 */
final class Layout {

    static final int WIDTH = 960;
    static final int PANEL_HEIGHT = 520;
    static final int MIN_PANEL_WIDTH = 440;
    static final int MARGIN = 16;
    static final int TITLE_BAND = 40;
    static final int HEADING_BAND = 24;
    static final int LEGEND_WIDTH = 210;
    static final int LEGEND_ROW = 21;
    static final int LEGEND_LINE = 16;
    static final int LEGEND_TEXT_WIDTH = LEGEND_WIDTH - 30 - MARGIN;
    static final int CAPTION_LINE = 17;
    static final Font TITLE_FONT = new Font(ChartStyle.FONT_FAMILY, Font.BOLD, 17);
    static final Font HEADING_FONT = new Font(ChartStyle.FONT_FAMILY, Font.BOLD, 14);
    static final Font LEGEND_FONT = new Font(ChartStyle.FONT_FAMILY, Font.PLAIN, 13);
    static final Font CAPTION_FONT = new Font(ChartStyle.FONT_FAMILY, Font.PLAIN, 12);

    final int width;
    final int height;
    final int panelWidth;
    final int panelHeight;
    final int panelTop;
    final int legendLeft;
    final int captionTop;
    final List<String> captionLines;

    Layout(int panels, boolean headings, int panelHeight, String caption) {
        this.width = Math.max(WIDTH, 2 * MARGIN + LEGEND_WIDTH + panels * MIN_PANEL_WIDTH);
        this.panelWidth = (width - 2 * MARGIN - LEGEND_WIDTH) / panels;
        this.panelHeight = panelHeight;
        this.panelTop = TITLE_BAND + (headings ? HEADING_BAND : 0);
        this.legendLeft = MARGIN + panels * panelWidth + MARGIN;
        this.captionTop = panelTop + panelHeight + MARGIN;
        this.captionLines = wrap(caption, CAPTION_FONT, width - 2 * MARGIN);
        this.height = captionTop + captionLines.size() * CAPTION_LINE + MARGIN;
    }

    /** The left edge of panel {@code index}. */
    int panelLeft(int index) {
        return MARGIN + index * panelWidth;
    }

    /** Words of {@code text} in lines no wider than {@code width} pixels; explicit newlines are kept. */
    static List<String> wrap(String text, Font font, int width) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = scratch.createGraphics();
        try {
            FontMetrics metrics = graphics.getFontMetrics(font);
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.split("\n", -1)) {
                StringBuilder line = new StringBuilder();
                for (String word : paragraph.split(" +")) {
                    String candidate = line.length() == 0 ? word : line + " " + word;
                    if (line.length() > 0 && metrics.stringWidth(candidate) > width) {
                        lines.add(line.toString());
                        line = new StringBuilder(word);
                    } else {
                        line = new StringBuilder(candidate);
                    }
                }
                lines.add(line.toString());
            }
            return lines;
        } finally {
            graphics.dispose();
        }
    }
}
