package io.flopsplit.optimum;

import io.flopsplit.compute.Checks;
import io.flopsplit.compute.ComputeConvention;
import io.flopsplit.compute.NumberText;
import io.flopsplit.laws.ChinchillaLaw;
import io.flopsplit.laws.LossSurface;
import java.util.function.DoubleUnaryOperator;

/**
 * The model that reaches a target loss ℓ for the least lifetime compute, training plus serving a
 * lifetime demand of D_inf inference tokens: minimise 6·N·D + 2·N·D_inf subject to L(N, D) = ℓ
 * (Sardana, Portes, Doubov and Frankle 2024, "Beyond Chinchilla-Optimal", arXiv 2401.00448, §2).
 *
 * <p>For the Chinchilla form the stationarity condition in D is
 * (βB/α + B)·D^−β + (c_inf/c_train)·(βB/α)·D_inf·D^(−β−1) + E − ℓ = 0 (with the standard
 * coefficients c_inf/c_train = 2/6 = 1/3), decreasing in D and solved by a bracketed root; then
 * N = (A/(ℓ − E − B/D^β))^(1/α). With D_inf = 0 it is the cheapest-to-train model
 * D = (B(β/α + 1)/(ℓ − E))^(1/β), N = (A(α/β + 1)/(ℓ − E))^(1/α). Other surfaces are minimised
 * numerically over N > N_min(ℓ), with D = D(N, ℓ) from {@link TargetLoss#tokensFor}.
 */
public final class LifetimeOptimum {

    private LifetimeOptimum() {
    }

    /** The lifetime-optimal model next to the cheapest-to-train model of the same loss serving the same demand. */
    public static LifetimeComparison compare(LossSurface surface, double targetLoss, double inferenceTokens,
                                             ComputeConvention convention) {
        ModelPlan optimum = cheapest(surface, targetLoss, inferenceTokens, convention);
        return new LifetimeComparison(optimum, reference(surface, targetLoss, inferenceTokens, convention));
    }

    /** The cheapest-to-train model reaching {@code targetLoss}, serving {@code inferenceTokens}. */
    public static ModelPlan reference(LossSurface surface, double targetLoss, double inferenceTokens,
                                      ComputeConvention convention) {
        ModelPlan trainingOnly = cheapest(surface, targetLoss, 0, convention);
        return ModelPlan.solved(trainingOnly.params(), trainingOnly.tokens(), trainingOnly.loss(), inferenceTokens,
                convention, InfeasibleTargetException.Quantity.TARGET_LOSS);
    }

    /**
     * The model reaching {@code targetLoss} with the least training-plus-inference FLOPs. A target
     * so high that this model would have fewer than one parameter or one training token, or whose
     * FLOPs are beyond the range of doubles, is an {@link InfeasibleTargetException}.
     */
    public static ModelPlan cheapest(LossSurface surface, double targetLoss, double inferenceTokens,
                                     ComputeConvention convention) {
        TargetLoss.requireReachable(surface, targetLoss);
        TargetLoss.requireBelowTheSmallestModel(surface, targetLoss);
        Checks.nonNegative("inferenceTokens", inferenceTokens);
        var chinchilla = ChinchillaForm.of(surface);
        double params;
        double tokens;
        if (chinchilla.isPresent()) {
            ChinchillaLaw law = chinchilla.get();
            tokens = chinchillaTokens(law, targetLoss, inferenceTokens, convention);
            if (!(tokens >= 1)) {
                throw unrealisable(targetLoss, "train on " + NumberText.significant(tokens, 3) + " tokens");
            }
            params = Math.pow(law.a() / (targetLoss - law.e() - law.dataTerm(tokens)), 1 / law.alpha());
        } else {
            params = numericParams(surface, targetLoss, inferenceTokens, convention);
            tokens = TargetLoss.tokensFor(surface, params, targetLoss);
        }
        if (!(params >= 1 && tokens >= 1)) {
            throw unrealisable(targetLoss, "have " + NumberText.significant(params, 3) + " parameters trained on "
                    + NumberText.significant(tokens, 3) + " tokens");
        }
        return ModelPlan.solved(params, tokens, surface.loss(params, tokens), inferenceTokens, convention,
                InfeasibleTargetException.Quantity.TARGET_LOSS);
    }

    private static InfeasibleTargetException unrealisable(double targetLoss, String would) {
        return new InfeasibleTargetException(InfeasibleTargetException.Quantity.TARGET_LOSS, "is too high: the"
                + " cheapest model reaching loss " + Checks.show(targetLoss) + " would " + would
                + ", and a model needs at least one parameter and one training token");
    }

    /** Root of the stationarity condition in u = ln D, bracketed from the D_inf = 0 solution upwards. */
    private static double chinchillaTokens(ChinchillaLaw law, double targetLoss, double inferenceTokens,
                                           ComputeConvention convention) {
        double a = law.alpha();
        double b = law.beta();
        double gap = targetLoss - law.e();
        double first = law.b() * (b / a + 1);
        double trainingOnly = Math.pow(first / gap, 1 / b);
        if (inferenceTokens == 0 || !Double.isFinite(trainingOnly)) {
            return requireFinite(trainingOnly, targetLoss);
        }
        double second = convention.inferenceFlopsPerParamToken() / convention.trainingFlopsPerParamToken()
                * b * law.b() / a * inferenceTokens;
        DoubleUnaryOperator h =
                u -> first * Math.exp(-b * u) + second * Math.exp(-(b + 1) * u) - gap;
        double low = Math.log(trainingOnly);
        double high = low + 1;
        while (h.applyAsDouble(high) > 0 && high < LogScaleSearch.MAX_LOG) {
            high = Math.min(LogScaleSearch.MAX_LOG, low + 2 * (high - low));
        }
        if (h.applyAsDouble(high) > 0) {
            return requireFinite(Double.POSITIVE_INFINITY, targetLoss);
        }
        return Math.exp(LogScaleSearch.root(h, low, high));
    }

    private static double requireFinite(double tokens, double targetLoss) {
        if (!Double.isFinite(tokens)) {
            throw new InfeasibleTargetException(InfeasibleTargetException.Quantity.TARGET_LOSS,
                    "reaching loss " + Checks.show(targetLoss) + " would need more than 1e308 training tokens");
        }
        return tokens;
    }

    /** Minimises ln(lifetime FLOPs) over N = N_min·(1 + e^y), y in [−30, 30]. */
    private static double numericParams(LossSurface surface, double targetLoss, double inferenceTokens,
                                        ComputeConvention convention) {
        double minimum = TargetLoss.minimumParams(surface, targetLoss);
        double y = LogScaleSearch.minimum(
                v -> logLifetimeFlops(surface, minimum * (1 + Math.exp(v)), targetLoss, inferenceTokens, convention),
                -30, 30);
        return minimum * (1 + Math.exp(y));
    }

    /** ln(c_train·N·D + c_inf·N·D_inf), computed in logs so that D near 1e308 does not overflow. */
    private static double logLifetimeFlops(LossSurface surface, double params, double targetLoss,
                                           double inferenceTokens, ComputeConvention convention) {
        double tokens;
        try {
            tokens = TargetLoss.tokensFor(surface, params, targetLoss);
        } catch (InfeasibleTargetException e) {
            return Double.MAX_VALUE;
        }
        double train = convention.trainingFlopsPerParamToken();
        double ratio = convention.inferenceFlopsPerParamToken() * inferenceTokens / (train * tokens);
        return Math.log(train) + Math.log(params) + Math.log(tokens) + Math.log1p(ratio);
    }
}
