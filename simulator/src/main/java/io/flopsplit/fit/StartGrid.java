package io.flopsplit.fit;

import io.flopsplit.compute.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * The starting points of the fit: every combination of the listed values of a = log A, b = log B,
 * e = log E, α and β. The optimiser runs from each and the lowest objective is kept, since the
 * objective has several local minima.
 *
 * @param a starting values of log A
 * @param b starting values of log B
 * @param e starting values of log E
 * @param alpha starting values of α
 * @param beta starting values of β
 */
public record StartGrid(List<Double> a, List<Double> b, List<Double> e, List<Double> alpha, List<Double> beta) {

    /**
     * The grid of Hoffmann et al. 2022 (arXiv 2203.15556, App. D.2), kept by Besiroglu et al. 2024:
     * α, β ∈ {0, 0.5, …, 2}, e ∈ {−1, −0.5, …, 1}, a, b ∈ {0, 5, …, 25}: 4,500 starts.
     */
    public static final StartGrid HOFFMANN = new StartGrid(steps(0, 5, 6), steps(0, 5, 6), steps(-1, 0.5, 5),
            steps(0, 0.5, 5), steps(0, 0.5, 5));

    public StartGrid {
        a = values("a", a);
        b = values("b", b);
        e = values("e", e);
        alpha = values("alpha", alpha);
        beta = values("beta", beta);
    }

    private static List<Double> values(String name, List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException(name + ": needs at least one starting value");
        }
        values.forEach(value -> Checks.finite(name, value));
        return List.copyOf(values);
    }

    /** {@code count} values from {@code first} in steps of {@code step}. */
    public static List<Double> steps(double first, double step, int count) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(first + i * step);
        }
        return values;
    }

    /** How many starts the grid holds. */
    public int size() {
        return a.size() * b.size() * e.size() * alpha.size() * beta.size();
    }

    /** Every start, in a fixed order (α slowest, then β, e, a, b). */
    List<LogConstants> starts() {
        List<LogConstants> starts = new ArrayList<>(size());
        for (double al : alpha) {
            for (double be : beta) {
                for (double ee : e) {
                    for (double aa : a) {
                        for (double bb : b) {
                            starts.add(new LogConstants(aa, bb, ee, al, be));
                        }
                    }
                }
            }
        }
        return starts;
    }
}
