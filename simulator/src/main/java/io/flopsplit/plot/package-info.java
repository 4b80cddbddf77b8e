/**
 * Figures of flopsplit's results, drawn with XChart and written as PNG and SVG (VectorGraphics2D),
 * headless. The package takes plain data only — {@link io.flopsplit.plot.Series series} of numbers,
 * {@link io.flopsplit.plot.Bars bars}, {@link io.flopsplit.plot.Estimate estimates} with their
 * intervals, {@link io.flopsplit.plot.Grid grids} of two varied keys — so that every command can feed
 * it through a small adapter. Every figure follows the same conventions: one size and palette, axis
 * titles with units, log axes labelled at decades (10²⁰, 10²¹, …), a legend, and a caption that says
 * where the numbers come from.
 */
package io.flopsplit.plot;
