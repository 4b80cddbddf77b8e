package io.flopsplit.plot;

import io.flopsplit.compute.Checks;
import java.util.List;

/**
 * The compute-optimal frontier of one law: at each training budget C, the optimal model size N and
 * training tokens D (for C = 6ND, N·D = C/6 at every point).
 *
 * @param law the law's name, as the legend shows it
 * @param budgets training budgets C in FLOPs, increasing
 * @param params the optimal N at each budget
 * @param tokens the optimal D at each budget
 */
public record FrontierLine(String law, List<Double> budgets, List<Double> params, List<Double> tokens) {

    public FrontierLine {
        Checks.present("law", law);
        budgets = Series.of(law, budgets, budgets).x();
        params = Series.of(law, budgets, params).y();
        tokens = Series.of(law, budgets, tokens).y();
    }
}
