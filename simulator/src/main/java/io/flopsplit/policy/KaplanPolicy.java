package io.flopsplit.policy;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.allocation.Sizing;
import io.flopsplit.inference.Greedy;
import io.flopsplit.optimum.KaplanFrontier;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Kaplan-style allocation: the model size of Kaplan et al. 2020's compute-efficient frontier
 * (arXiv 2001.08361, Eq. 1.7: N = 1.3e9·C^0.73, C in PF-days) for the training FLOPs left after
 * greedy serving, trained on the tokens those FLOPs buy at 6·N·D. It uses the frontier fit, not the
 * optimum of the paper's joint law L(N, D), and favours larger models on fewer tokens than Chinchilla.
 */
public record KaplanPolicy() implements Policy {

    public static final PolicyType<KaplanPolicy> TYPE = PolicyType.of("kaplan",
            "Kaplan et al. 2020 frontier N = 1.3e9*C^0.73 (PF-days) for the budget left after greedy serving; greedy",
            KaplanPolicy.class, KaplanPolicy::new)
            .declaring(Monotonicity.BUDGET, Monotonicity.DEMAND);

    @Override
    public PolicyType<KaplanPolicy> type() {
        return TYPE;
    }

    @Override
    public Allocation allocate(Forecast forecast) {
        double budget = forecast.budgetFlops();
        double training = Sizing.trainingFlopsWithReserve(forecast, budget, forecast::greedyServingFlops,
                KaplanFrontier::params);
        double params = KaplanFrontier.params(training);
        double tokens = forecast.convention().tokensWithin(params, training);
        return new Allocation(Optional.empty(), params, tokens, Greedy.TYPE, OptionalInt.of(1));
    }
}
