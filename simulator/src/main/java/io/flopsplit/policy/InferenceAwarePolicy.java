package io.flopsplit.policy;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.allocation.Sizing;
import io.flopsplit.compute.Checks;
import io.flopsplit.data.TrainingData;
import io.flopsplit.inference.Greedy;
import io.flopsplit.laws.LossSurface;
import io.flopsplit.optimum.LogScaleSearch;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Inference-aware sizing (Sardana et al. 2024, arXiv 2401.00448): minimise the pretraining loss
 * subject to training plus greedy serving of the forecast demand costing the whole budget,
 * 6·N·D + 2·N·D_inf = C. Unlike {@link ChinchillaPolicy}, which sizes the model for whatever the
 * serving of its own size leaves, it weighs how every extra parameter raises the serving bill, and
 * so picks a smaller model trained on more tokens when demand is large.
 */
public record InferenceAwarePolicy() implements Policy {

    public static final PolicyType<InferenceAwarePolicy> TYPE = PolicyType.of("inference-aware",
            "Lowest loss with training plus greedy serving costing the budget (Sardana et al. 2024); greedy",
            InferenceAwarePolicy.class, InferenceAwarePolicy::new)
            .declaring(Monotonicity.BUDGET);

    @Override
    public PolicyType<InferenceAwarePolicy> type() {
        return TYPE;
    }

    @Override
    public Allocation allocate(Forecast forecast) {
        TrainingData data = TrainingData.unfiltered(forecast.pool());
        LossSurface surface = Sizing.surface(forecast, data);
        double budget = forecast.budgetFlops();
        double servingPerParam = forecast.greedyServingFlops(1);
        double trainingPerParamToken = forecast.convention().trainingFlops(1, 1);
        // Largest N that still leaves FLOPs for one training token: C = N·(serving + 6).
        double largest = budget / (servingPerParam + trainingPerParamToken);
        if (largest < 1) {
            throw new IllegalArgumentException("budgetFlops: " + Checks.show(budget)
                    + " FLOPs cannot both train a model and serve the forecast demand");
        }
        double logParams = LogScaleSearch.minimum(x -> {
            double params = Math.exp(x);
            double tokens = (budget - servingPerParam * params) / (trainingPerParamToken * params);
            return tokens < 1 ? Double.MAX_VALUE : surface.loss(params, tokens);
        }, 0, Math.log(largest));
        double params = Math.exp(logParams);
        double tokens = forecast.convention().tokensWithin(params, budget - servingPerParam * params);
        return new Allocation(Optional.empty(), params, tokens, Greedy.TYPE, OptionalInt.of(1));
    }
}
