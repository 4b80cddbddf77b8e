package io.flopsplit.plot;

import io.flopsplit.compute.Checks;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assembles a {@link Figure}: its panels, one colour per series name across all of them (so a
 * strategy keeps its colour from panel to panel), and the legend entries in the order series first
 * appear.
 */
final class FigureBuilder {

    private final String title;
    private final String caption;
    private final Map<String, Color> colours = new LinkedHashMap<>();
    private final Map<String, LegendEntry> legend = new LinkedHashMap<>();
    private final List<Panel> panels = new ArrayList<>();
    private int categoricalColours;
    private int panelHeight = Layout.PANEL_HEIGHT;

    FigureBuilder(String title, String caption) {
        this.title = Checks.present("title", title);
        this.caption = Checks.present("caption", caption);
    }

    /** The colour of {@code name}: the one it was given, or the next categorical colour. */
    Color colour(String name) {
        return colours.computeIfAbsent(name, n -> Palette.categorical(categoricalColours++));
    }

    /** Gives {@code name} a colour of its own (from an ordered or diverging scale). */
    FigureBuilder assign(String name, Color color) {
        colours.put(name, color);
        return this;
    }

    /** Lists {@code name} in the legend, once, with the swatch it was first drawn with. */
    void legend(String name, Color color, LegendEntry.Swatch swatch) {
        legend.putIfAbsent(name, new LegendEntry(name, color, swatch));
    }

    /** A new XY panel; add it with {@link #add(Panel)} once built. */
    XyPanel xy(String heading, Axis x, Axis y) {
        return new XyPanel(this, heading, x, y);
    }

    /** A new bar panel; add it with {@link #add(Panel)} once built. */
    BarPanel bars(String heading, String categoryTitle, List<String> categories, Axis y, boolean stacked) {
        return new BarPanel(this, heading, categoryTitle, categories, y, stacked);
    }

    FigureBuilder add(Panel panel) {
        panels.add(panel);
        return this;
    }

    /** Height of the panels in pixels (forest plots grow with their rows). */
    FigureBuilder panelHeight(int pixels) {
        this.panelHeight = pixels;
        return this;
    }

    Figure build() {
        if (panels.isEmpty()) {
            throw new IllegalStateException(title + ": a figure needs at least one panel");
        }
        return new Figure(title, caption, panels, List.copyOf(legend.values()), panelHeight);
    }
}
