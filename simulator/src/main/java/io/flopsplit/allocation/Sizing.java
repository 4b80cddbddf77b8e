package io.flopsplit.allocation;

import io.flopsplit.compute.Checks;
import io.flopsplit.data.DataSelection;
import io.flopsplit.data.TrainingData;
import io.flopsplit.inference.Deployment;
import io.flopsplit.inference.Strategy;
import io.flopsplit.laws.LossSurface;
import io.flopsplit.ledger.CompensatedSum;
import io.flopsplit.optimum.ComputeOptimal;
import io.flopsplit.optimum.ModelPlan;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.solvers.AllowedSolution;
import org.apache.commons.math3.analysis.solvers.BracketingNthOrderBrentSolver;

/**
 * The sizing questions policies share: the compute-optimal model for some training FLOPs on some
 * data (Hoffmann et al. 2022, minimised numerically over log N on the data's loss surface), the
 * compute-optimal model when serving costs must come out of the same budget, and the largest
 * test-time budget k an inference allocation affords for the forecast demand.
 */
public final class Sizing {

    /** The fewest tokens the smallest model of {@link #trainingFlopsWithReserve} is trained on. */
    private static final double SMALLEST_TRAINING_TOKENS = 4;

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
     * that model) come out of the same {@code availableFlops}: the model compute-optimal for the
     * training FLOPs {@link #trainingFlopsWithReserve} leaves.
     *
     * @throws IllegalArgumentException if no model of at least one parameter and one token leaves its reserve
     */
    public static ModelPlan computeOptimalWithReserve(Forecast forecast, TrainingData data, double availableFlops,
                                                      DoubleUnaryOperator reserve) {
        DoubleUnaryOperator sizeFor = trainingFlops -> computeOptimal(forecast, data, trainingFlops).params();
        double trainingFlops = trainingFlopsWithReserve(forecast, availableFlops, reserve, sizeFor);
        double params = sizeFor.applyAsDouble(trainingFlops);
        double tokens = forecast.convention().tokensWithin(params, trainingFlops);
        return ModelPlan.of(params, tokens, data.loss(forecast.law(), params, tokens), 0, forecast.convention());
    }

    /**
     * The compute-optimal model on the data {@code selection} keeps when {@code reserve(N)} FLOPs come
     * out of {@code availableFlops}. The size is a fixed point twice over — the kept tokens' worth
     * m(N) depends on the size, and the size on the training FLOPs left after the reserve — and both
     * are solved at once: the numeric optimum over ln N on {@link #surface(Forecast, DataSelection)}
     * (which carries m(N) into every candidate size) inside {@link #trainingFlopsWithReserve}'s bracketed root.
     */
    public static ModelPlan computeOptimalWithReserve(Forecast forecast, DataSelection selection,
                                                      double availableFlops, DoubleUnaryOperator reserve) {
        LossSurface surface = surface(forecast, selection);
        DoubleUnaryOperator sizeFor =
                trainingFlops -> ComputeOptimal.numeric(surface, trainingFlops, forecast.convention()).params();
        double trainingFlops = trainingFlopsWithReserve(forecast, availableFlops, reserve, sizeFor);
        double params = sizeFor.applyAsDouble(trainingFlops);
        double tokens = forecast.convention().tokensWithin(params, trainingFlops);
        return ModelPlan.of(params, tokens, surface.loss(params, tokens), 0, forecast.convention());
    }

    /**
     * The training FLOPs T with T + reserve(sizeFor(T)) = available: what a sizing rule may train with
     * once the reserve of the model it picks is set aside. The left side rises with T ({@code sizeFor}
     * grows with FLOPs and the reserve with N), so the root is unique. It is solved for T, on a log
     * scale, rather than for N: when the reserve takes nearly all of the budget, T is a tiny
     * difference of two large numbers, and a root in N (known to 1e-10) would leave T, and so the
     * training tokens, without a correct digit, even negative. Solved for T, T is known to 1e-10 of
     * itself. The root is taken on the side where T + reserve does not exceed the budget; it falls
     * short of it by about the precision of {@code sizeFor} (up to 1e-7 of the budget where a numeric
     * search over a flat loss surface gives the size). The model must have at least one parameter
     * and be trained on at least one token.
     *
     * @throws IllegalArgumentException naming the budget if even the smallest such model's reserve
     *     exhausts it
     */
    public static double trainingFlopsWithReserve(Forecast forecast, double availableFlops, DoubleUnaryOperator reserve,
                                                  DoubleUnaryOperator sizeFor) {
        Checks.positive("availableFlops", availableFlops);
        DoubleUnaryOperator excess = logTraining -> {
            double training = Math.exp(logTraining);
            return Math.log(training + reserve.applyAsDouble(sizeFor.applyAsDouble(training))) - Math.log(availableFlops);
        };
        double low = Math.log(forecast.convention().trainingFlops(1, SMALLEST_TRAINING_TOKENS));
        double high = Math.log(availableFlops);
        if (low >= high || excess.applyAsDouble(low) > 0) {
            throw infeasible(forecast);
        }
        double training = excess.applyAsDouble(high) <= 0 ? availableFlops
                : Math.exp(new BracketingNthOrderBrentSolver(1e-14, 1e-12, 1e-15, 5)
                        .solve(10_000, excess::applyAsDouble, low, high, AllowedSolution.BELOW_SIDE));
        double params = sizeFor.applyAsDouble(training);
        if (!(params >= 1) || forecast.convention().paramTokensFor(training) / params < 1) {
            throw infeasible(forecast);
        }
        return training;
    }

    private static IllegalArgumentException infeasible(Forecast forecast) {
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
