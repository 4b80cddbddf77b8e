package io.flopsplit.allocation;

import io.flopsplit.compute.Checks;
import io.flopsplit.inference.Setting;
import io.flopsplit.inference.StrategyType;
import io.flopsplit.inference.Strategy;
import io.flopsplit.tabulation.SuiteAccuracy;
import java.util.OptionalInt;

/**
 * The expected outcome of an allocation under a forecast, without simulation: the loss the model
 * reaches, the k its inference allocation affords, and the expected accuracy over all forecast
 * queries. When the allocation cannot pay the plan for every query, the share it can pay is served
 * and the rest counts as unanswered (an approximation of the exhaustion rules, which serve part of
 * the rest more cheaply). An overdrawn allocation is expected to answer nothing. Cheap: the
 * accuracy is one reading of a tabulated curve ({@link SuiteAccuracy}), so nothing is remembered
 * here.
 *
 * @param loss pretraining loss reached
 * @param k the strategy's budget
 * @param accuracy expected share of all queries answered correctly
 * @param inferenceFlops FLOPs left for inference
 */
public record Expectation(double loss, int k, double accuracy, double inferenceFlops) {

    public Expectation {
        Checks.finite("loss", loss);
        Checks.probability("accuracy", accuracy);
        Checks.finite("inferenceFlops", inferenceFlops);
    }

    /** The expectation of {@code allocation} under {@code forecast}. */
    public static Expectation of(Forecast forecast, Allocation allocation) {
        double loss = allocation.trainingData(forecast).loss(forecast.law(), allocation.params(),
                allocation.trainingTokens());
        return at(forecast, allocation.strategy(), allocation.k(), allocation.params(), loss,
                allocation.inferenceFlops(forecast));
    }

    /**
     * The expectation of serving the forecast demand with {@code strategy} (at {@code k}, or the
     * largest k affordable) by a model of {@code params} parameters and pretraining loss {@code loss},
     * from {@code inferenceFlops}.
     */
    public static Expectation at(Forecast forecast, StrategyType strategyType, OptionalInt fixedK, double params, double loss,
                                 double inferenceFlops) {
        return compute(forecast, strategyType, fixedK, params, loss, inferenceFlops);
    }

    private static Expectation compute(Forecast forecast, StrategyType strategyType, OptionalInt fixedK, double params,
                                       double loss, double inferenceFlops) {
        if (inferenceFlops < 0) {
            return new Expectation(loss, 1, 0, inferenceFlops);
        }
        Strategy strategy = strategyType.create(forecast.strategies(), params);
        Setting setting = new Setting(forecast.planningSuite(), loss, forecast.deployment(params));
        int k = fixedK.orElseGet(() -> Sizing.largestAffordableK(strategy, setting.deployment(), inferenceFlops,
                forecast.realQueries()));
        double demand = forecast.realQueries() * SuiteAccuracy.flopsPerQuery(strategy, setting, k);
        double served = demand <= inferenceFlops ? 1 : inferenceFlops / demand;
        return new Expectation(loss, k, served * SuiteAccuracy.of(strategy, setting, k), inferenceFlops);
    }
}
