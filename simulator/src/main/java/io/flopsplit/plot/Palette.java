package io.flopsplit.plot;

import java.awt.Color;
import java.util.List;

/**
 * The colours every figure uses. Categories (strategies, policies, laws) take the Okabe–Ito palette,
 * chosen to stay distinguishable under the common colour-vision deficiencies (Okabe &amp; Ito 2008,
 * "Color Universal Design"); ordered quantities (training budgets) take viridis, perceptually uniform
 * and monotone in lightness (van der Walt &amp; Smith 2015, matplotlib); signed differences take
 * ColorBrewer's 9-class RdBu diverging scheme (Brewer 2003, colorbrewer2.org), white at zero.
 */
final class Palette {

    /** Okabe–Ito, reordered so that the first colours are the most distinct on white (yellow last). */
    private static final List<Color> CATEGORICAL = List.of(rgb(0x0072B2), rgb(0xD55E00), rgb(0x009E73),
            rgb(0xE69F00), rgb(0xCC79A7), rgb(0x56B4E9), rgb(0x000000), rgb(0xF0E442));

    /** Viridis at nine equally spaced stops, from dark purple to yellow. */
    private static final List<Color> VIRIDIS = List.of(rgb(0x440154), rgb(0x472D7B), rgb(0x3B528B),
            rgb(0x2C728E), rgb(0x21918C), rgb(0x28AE80), rgb(0x5EC962), rgb(0xADDC30), rgb(0xFDE725));

    /** RdBu, 9 classes, red (negative) to blue (positive). */
    static final List<Color> DIVERGING = List.of(rgb(0xB2182B), rgb(0xD6604D), rgb(0xF4A582), rgb(0xFDDBC7),
            rgb(0xF7F7F7), rgb(0xD1E5F0), rgb(0x92C5DE), rgb(0x4393C3), rgb(0x2166AC));

    static final Color TEXT = rgb(0x222222);
    static final Color GRID = rgb(0xDDDDDD);
    static final Color BORDER = rgb(0x888888);
    static final Color BACKGROUND = Color.WHITE;
    /** Opacity of confidence bands drawn over their line's colour. */
    static final int BAND_ALPHA = 60;

    private Palette() {
    }

    /** The i-th categorical colour, cycling after eight. */
    static Color categorical(int index) {
        return CATEGORICAL.get(Math.floorMod(index, CATEGORICAL.size()));
    }

    /**
     * The colour of rank {@code index} among {@code count} ordered values: viridis from its dark end
     * to just before its lightest yellow (which is hard to see on white), interpolated between stops.
     */
    static Color sequential(int index, int count) {
        double position = count <= 1 ? 0 : 0.85 * index / (count - 1.0);
        double scaled = position * (VIRIDIS.size() - 1);
        int stop = Math.min((int) Math.floor(scaled), VIRIDIS.size() - 2);
        double t = scaled - stop;
        Color a = VIRIDIS.get(stop);
        Color b = VIRIDIS.get(stop + 1);
        return new Color(mix(a.getRed(), b.getRed(), t), mix(a.getGreen(), b.getGreen(), t),
                mix(a.getBlue(), b.getBlue(), t));
    }

    /** The colour with the band's opacity. */
    static Color translucent(Color color) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), BAND_ALPHA);
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }

    private static Color rgb(int value) {
        return new Color(value);
    }
}
