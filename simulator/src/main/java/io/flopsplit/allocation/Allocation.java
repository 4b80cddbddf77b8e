package io.flopsplit.allocation;

import io.flopsplit.compute.Checks;
import io.flopsplit.data.DataSelection;
import io.flopsplit.data.TrainingData;
import io.flopsplit.inference.StrategyType;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A policy's split of the budget: optional data selection, the model to train (N parameters on D
 * tokens) and the test-time strategy that serves queries. Everything left after selection and
 * training is the inference allocation. The strategy's budget k is fixed by the policy, or left
 * empty to take the largest k the inference allocation affords for the forecast demand, decided when
 * deployment starts (so a policy that stops training early serves with what it saved).
 *
 * @param selection the data selection, if any
 * @param params model size N
 * @param trainingTokens training tokens D
 * @param strategy the serving strategy
 * @param k the strategy's budget, or empty for the largest affordable
 */
public record Allocation(Optional<DataSelection> selection, double params, double trainingTokens, StrategyType strategy,
                         OptionalInt k) {

    public Allocation {
        Checks.present("selection", selection);
        Checks.positive("params", params);
        Checks.positive("trainingTokens", trainingTokens);
        Checks.present("strategy", strategy);
        Checks.present("k", k);
        if (k.isPresent() && k.getAsInt() < 1) {
            throw new IllegalArgumentException("k: must be >= 1, was " + k.getAsInt());
        }
    }

    /** Training without selection, serving with {@code strategy} at the largest affordable k. */
    public static Allocation of(double params, double trainingTokens, StrategyType strategy) {
        return new Allocation(Optional.empty(), params, trainingTokens, strategy, OptionalInt.empty());
    }

    /** FLOPs of the data selection (0 without). */
    public double selectionFlops() {
        return selection.map(DataSelection::selectionFlops).orElse(0.0);
    }

    /**
     * The data the model trains on: the selected pool as a model of {@link #params} parameters sees
     * it, or the whole pool unfiltered.
     */
    public TrainingData trainingData(Forecast forecast) {
        return selection.map(kept -> kept.trainingData(params)).orElseGet(() -> TrainingData.unfiltered(forecast.pool()));
    }

    /** FLOPs to train. */
    public double trainingFlops(Forecast forecast) {
        return forecast.convention().trainingFlops(params, trainingTokens);
    }

    /** What is left for inference: the budget less selection and training (negative if overdrawn). */
    public double inferenceFlops(Forecast forecast) {
        return forecast.budgetFlops() - selectionFlops() - trainingFlops(forecast);
    }
}
