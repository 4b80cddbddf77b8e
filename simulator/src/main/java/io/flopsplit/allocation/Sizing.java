package io.flopsplit.allocation;

import io.flopsplit.compute.Checks;
import io.flopsplit.data.DataSelection;
import io.flopsplit.data.TrainingData;
import io.flopsplit.inference.Deployment;
import io.flopsplit.inference.Strategy;
import io.flopsplit.laws.LossSurface;
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
     * The loss surface of training on the data {@code selection} keeps under the forecast's law. The
     * kept tokens' worth depends on the trained model's size (the selector's signal falls with the
     * size ratio), so each model size sees its own data: L(N, D) = law(N, m(N)·D'(D, f·U; R*(m(N)))).
     */
    public static LossSurface surface(Forecast forecast, DataSelection selection) {
        Checks.present("selection", selection);
        return (params, tokens) -> selection.trainingData(params).loss(forecast.law(), params, tokens);
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
                return fresh;
            }
        }
        return ComputeOptimal.numeric(surface(forecast, data), trainingFlops, forecast.convention());
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
        double tokens = forecast.convention().paramTokensFor(trainingFlops) / params;
        return ModelPlan.of(params, tokens, data.loss(forecast.law(), params, tokens), 0, forecast.convention());
    }

    /**
     * The compute-optimal model on the data {@code selection} keeps when {@code reserve(N)} FLOPs come
     * out of {@code availableFlops}. The size is a fixed point twice over — the kept tokens' worth
     * m(N) depends on the size, and the size on the training FLOPs left after the reserve — and both
     * are solved at once: the numeric optimum over ln N on {@link #surface(Forecast, DataSelection)}
     * (which carries m(N) into every candidate size) inside {@link #sizeWithReserve}'s bracketed root.
     */
    public static ModelPlan computeOptimalWithReserve(Forecast forecast, DataSelection selection,
                                                      double availableFlops, DoubleUnaryOperator reserve) {
        LossSurface surface = surface(forecast, selection);
        double params = sizeWithReserve(forecast, availableFlops, reserve,
                trainingFlops -> ComputeOptimal.numeric(surface, trainingFlops, forecast.convention()).params());
        double trainingFlops = availableFlops - reserve.applyAsDouble(params);
        double tokens = forecast.convention().paramTokensFor(trainingFlops) / params;
        return ModelPlan.of(params, tokens, surface.loss(params, tokens), 0, forecast.convention());
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
            throw new IllegalArgumentException("budgetFlops: " + Checks.show(forecast.budgetFlops())
                    + " FLOPs cannot both train a model and serve the forecast demand");
        }
        double high = Math.max(1, Math.log(sizeFor.applyAsDouble(availableFlops)));
        if (gap.applyAsDouble(high) < 0) {
            return Math.exp(high);
        }
        return Math.exp(new BrentSolver(1e-10, 1e-10).solve(10_000, gap::applyAsDouble, 0, high));
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
