package io.flopsplit.plot;

import io.flopsplit.compute.Checks;
import java.util.List;

/**
 * One named set of bars: a finite value per category, in the categories' order (one strategy's
 * accuracy per difficulty bin, one phase's FLOPs per policy).
 *
 * @param name the name the legend shows
 * @param values one value per category
 */
public record Bars(String name, List<Double> values) {

    public Bars {
        Checks.present("name", name);
        Checks.present(name, values);
        for (int i = 0; i < values.size(); i++) {
            Checks.present(name + "[" + i + "]", values.get(i));
            Checks.finite(name + "[" + i + "]", values.get(i));
        }
        values = List.copyOf(values);
    }
}
