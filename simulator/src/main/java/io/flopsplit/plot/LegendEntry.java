package io.flopsplit.plot;

import java.awt.Color;

/**
 * One line of a figure's legend: a name and the swatch that shows how its series is drawn.
 *
 * @param name the series' name
 * @param color its colour
 * @param swatch how it is drawn
 */
record LegendEntry(String name, Color color, Swatch swatch) {

    /** How a series is drawn, and so how its legend swatch looks. */
    enum Swatch { LINE, DASHED_LINE, MARKER, BAND, BLOCK }
}
