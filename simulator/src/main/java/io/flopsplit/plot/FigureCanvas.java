package io.flopsplit.plot;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.List;

/**
 * Paints a figure onto any {@link Graphics2D} — a raster image for PNG, VectorGraphics2D for SVG —
 * so both files show exactly the same figure. Title, headings, legend and caption are drawn as text
 * (SVG {@code <text>} elements, searchable and readable by screen readers); the panels are XChart's.
 */
final class FigureCanvas {

    private FigureCanvas() {
    }

    static void paint(Graphics2D g, Layout layout, String title, List<Panel> panels, List<LegendEntry> legend) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Palette.BACKGROUND);
        g.fillRect(0, 0, layout.width, layout.height);
        g.setColor(Palette.TEXT);
        g.setFont(Layout.TITLE_FONT);
        g.drawString(title, Layout.MARGIN, 26);
        for (int i = 0; i < panels.size(); i++) {
            paintPanel(g, layout, i, panels.get(i));
        }
        paintLegend(g, layout, legend);
        g.setColor(Palette.TEXT);
        g.setFont(Layout.CAPTION_FONT);
        int y = layout.captionTop + Layout.CAPTION_LINE - 4;
        for (String line : layout.captionLines) {
            g.drawString(line, Layout.MARGIN, y);
            y += Layout.CAPTION_LINE;
        }
    }

    private static void paintPanel(Graphics2D g, Layout layout, int index, Panel panel) {
        int left = layout.panelLeft(index);
        if (!panel.heading().isEmpty()) {
            g.setColor(Palette.TEXT);
            g.setFont(Layout.HEADING_FONT);
            g.drawString(panel.heading(), left + 8, layout.panelTop - 7);
        }
        Graphics2D area = (Graphics2D) g.create(left, layout.panelTop, layout.panelWidth, layout.panelHeight);
        try {
            panel.chart().paint(area, layout.panelWidth, layout.panelHeight);
        } finally {
            area.dispose();
        }
    }

    private static void paintLegend(Graphics2D g, Layout layout, List<LegendEntry> legend) {
        int x = layout.legendLeft;
        int y = layout.panelTop + 24;
        g.setFont(Layout.LEGEND_FONT);
        for (LegendEntry entry : legend) {
            swatch(g, entry, x, y - 5);
            g.setColor(Palette.TEXT);
            for (String line : Layout.wrap(entry.name(), Layout.LEGEND_FONT, Layout.LEGEND_TEXT_WIDTH)) {
                g.drawString(line, x + 30, y);
                y += Layout.LEGEND_LINE;
            }
            y += Layout.LEGEND_ROW - Layout.LEGEND_LINE;
        }
    }

    private static void swatch(Graphics2D g, LegendEntry entry, int x, int middle) {
        g.setColor(entry.color());
        switch (entry.swatch()) {
            case LINE -> {
                g.setStroke(new BasicStroke(ChartStyle.LINE_WIDTH));
                g.drawLine(x, middle, x + 22, middle);
            }
            case DASHED_LINE -> {
                g.setStroke(ChartStyle.DASHED);
                g.drawLine(x, middle, x + 22, middle);
            }
            case MARKER -> g.fillOval(x + 6, middle - 5, 10, 10);
            case BAND -> {
                g.setColor(Palette.translucent(entry.color()));
                g.fillRect(x, middle - 6, 22, 12);
            }
            case BLOCK -> g.fillRect(x + 3, middle - 6, 16, 12);
        }
        g.setStroke(new BasicStroke(1f));
    }
}
