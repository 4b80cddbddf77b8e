package io.flopsplit.allocation;

import io.flopsplit.compute.Checks;
import io.flopsplit.data.TrainingData;
import io.flopsplit.inference.Deployment;
import io.flopsplit.inference.Strategy;
import io.flopsplit.laws.LossSurface;
import io.flopsplit.ledger.CompensatedSum;
import io.flopsplit.optimum.ComputeOptimal;
import io.flopsplit.optimum.ModelPlan;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * The sizing questions policies share: the compute-optimal model for some training FLOPs on some
 * data (Hoffmann et al. 2022, minimised numerically over log N on the data's loss surface), the
 * compute-optimal model when serving costs must come out of the same budget, and the largest
 * test-time budget k an inference allocation affords for the forecast demand.
 */
public final class Sizing {

    private Sizing() {
    }

    /** The loss surface of training on {@code data} under the forecast's law. */
    public static LossSurface surface(Forecast forecast, TrainingData data) {
        return (params, tokens) -> data.loss(forecast.law(), params, tokens);
    }

    /**
     * The compute-optimal model for {@code trainingFlops} on {@code data}. When the law's own optimum
     * trains on fresh, unweighted data only, it is the optimum on the data too (repetition can only
     * raise the loss elsewhere) and its closed form is used; otherwise the data's surface is searched.
     */
    public static ModelPlan computeOptimal(Forecast forecast, TrainingData data, double trainingFlops) {
        if (data.qualityMultiplier() == 1) {
            ModelPlan fresh = ComputeOptimal.forBudget(forecast.law(), trainingFlops, forecast.convention());
            if (fresh.tokens() <= data.uniqueTokens()) {
                return within(forecast, data, fresh, trainingFlops);
            }
        }
        return within(forecast, data, ComputeOptimal.numeric(surface(forecast, data), trainingFlops,
                forecast.convention()), trainingFlops);
    }

    /** {@code plan}, its tokens trimmed by the ulps by which rounding may put its FLOPs above {@code trainingFlops}. */
    private static ModelPlan within(Forecast forecast, TrainingData data, ModelPlan plan, double trainingFlops) {
        if (plan.trainingFlops() <= trainingFlops) {
            return plan;
        }
        double tokens = forecast.convention().tokensWithin(plan.params(), trainingFlops);
        return ModelPlan.of(plan.params(), tokens, data.loss(forecast.law(), plan.params(), tokens), 0,
                forecast.convention());
    }

    /**
     * What is left of {@code budgetFlops} once {@code spentFlops} are set aside: the largest double r
     * with spent + r ≤ budget exactly (the difference rounded down, not to nearest), so that an
     * allocation of the two never exceeds the budget by a rounding.
     */
    public static double flopsLeft(double budgetFlops, double spentFlops) {
        double left = budgetFlops - spentFlops;
        CompensatedSum slack = new CompensatedSum();
        slack.add(budgetFlops);
        slack.add(-spentFlops);
        slack.add(-left);
        return slack.nonNegative() ? left : Math.nextDown(left);
    }

    /**
     * The compute-optimal model when {@code reserve(N)} FLOPs (e.g. serving the demand greedily with
     * that model) come out of the same {@code availableFlops}: the N with N = N_opt(available − reserve(N)),
     * unique because the right side falls as N grows.
     *
     * @throws IllegalArgumentException if even a one-parameter model's reserve exhausts the budget
     */
    public static ModelPlan computeOptimalWithReserve(Forecast forecast, TrainingData data, double availableFlops,
                                                      DoubleUnaryOperator reserve) {
        double params = sizeWithReserve(forecast, availableFlops, reserve,
                trainingFlops -> computeOptimal(forecast, data, trainingFlops).params());
        double trainingFlops = availableFlops - reserve.applyAsDouble(params);
        double tokens = forecast.convention().tokensWithin(params, trainingFlops);
        return ModelPlan.of(params, tokens, data.loss(forecast.law(), params, tokens), 0, forecast.convention());
    }

    /**
     * The model size N with N = sizeFor(available − reserve(N)): the size a sizing rule picks for the
     * training FLOPs left once {@code reserve(N)} is set aside. {@code sizeFor} grows with FLOPs and
     * the reserve with N, so the root is unique.
     *
     * @throws IllegalArgumentException if even a one-parameter model's reserve exhausts the budget
     */
    public static double sizeWithReserve(Forecast forecast, double availableFlops, DoubleUnaryOperator reserve,
                                         DoubleUnaryOperator sizeFor) {
        Checks.positive("availableFlops", availableFlops);
        DoubleUnaryOperator gap = logParams -> {
            double left = availableFlops - reserve.applyAsDouble(Math.exp(logParams));
            if (left <= forecast.convention().trainingFlops(Math.exp(logParams), 4)) {
                return 1;
            }
            return logParams - Math.log(sizeFor.applyAsDouble(left));
        };
        if (gap.applyAsDouble(0) > 0) {
            throw cannotServe(forecast);
        }
        double high = Math.max(1, Math.log(sizeFor.applyAsDouble(availableFlops)));
        if (gap.applyAsDouble(high) < 0) {
            return Math.exp(high);
        }
        double params = Math.exp(new BrentSolver(1e-10, 1e-10).solve(10_000, gap::applyAsDouble, 0, high));
        // The root lies where training and serving share the FLOPs; within the solver's tolerance of the
        // edge where serving takes them all, the model would train on nothing: the demand is too large.
        if (availableFlops - reserve.applyAsDouble(params) < forecast.convention().trainingFlops(params, 1)) {
            throw cannotServe(forecast);
        }
        return params;
    }

    private static IllegalArgumentException cannotServe(Forecast forecast) {
        return new IllegalArgumentException("budgetFlops: " + Checks.show(forecast.budgetFlops())
                + " FLOPs cannot both train a model and serve the forecast demand");
    }

    /**
     * The largest budget k the strategy allows whose FLOPs per query, times the forecast demand, fit
     * in {@code inferenceFlops}; 1 when even k = 1 does not fit (deployment then applies its
     * exhaustion rule), the strategy's largest when there is no demand.
     */
    public static int largestAffordableK(Strategy strategy, Deployment deployment, double inferenceFlops,
                                         double realQueries) {
        if (realQueries <= 0) {
            return strategy.maxK();
        }
        double perQuery = inferenceFlops / realQueries;
        return Math.max(1, strategy.largestAffordableK(deployment, flops -> flops <= perQuery, Integer.MAX_VALUE));
    }
}
