package io.flopsplit.optimum;

import static io.flopsplit.optimum.InfeasibleTargetException.Quantity.PARAMS;
import static io.flopsplit.optimum.InfeasibleTargetException.Quantity.TARGET_LOSS;

import io.flopsplit.compute.Checks;
import io.flopsplit.compute.ComputeConvention;
import io.flopsplit.compute.NumberText;
import io.flopsplit.laws.ChinchillaLaw;
import io.flopsplit.laws.KaplanLaw;
import io.flopsplit.laws.LossSurface;
import java.util.function.DoubleUnaryOperator;

/**
 * What a target loss ℓ demands of a model: the smallest size that can ever reach it, and the
 * training tokens a given size needs for it. For the Chinchilla form D = (B/(ℓ − E − A/N^α))^(1/β)
 * (inverting Hoffmann et al. 2022, Eq. 2); for Kaplan et al. 2020's joint law
 * D = D_c/(ℓ^(1/α_D) − (N_c/N)^(α_N/α_D)); a bracketed root in log D for any other surface.
 * Targets a model can never reach are errors, never NaN.
 */
public final class TargetLoss {

    private TargetLoss() {
    }

    /** Rejects a target at or below the law's irreducible loss. */
    public static double requireReachable(LossSurface surface, double targetLoss) {
        Checks.positive("targetLoss", targetLoss);
        double floor = surface.irreducibleLoss();
        if (targetLoss <= floor) {
            throw new InfeasibleTargetException(TARGET_LOSS, "must be above " + NumberText.significant(floor, 5)
                    + ", the lowest loss the law can ever reach, was " + Checks.show(targetLoss));
        }
        return targetLoss;
    }

    /**
     * Rejects a target above the loss of the smallest model that can exist, one parameter trained
     * on one token: every model reaches it before training starts.
     */
    public static double requireBelowTheSmallestModel(LossSurface surface, double targetLoss) {
        double smallest = surface.loss(1, 1);
        if (smallest < targetLoss) {
            throw new InfeasibleTargetException(TARGET_LOSS, "is too high: a model of one parameter trained on one"
                    + " token already reaches loss " + NumberText.significant(smallest, 5) + "; a target must be"
                    + " below that, was " + Checks.show(targetLoss));
        }
        return targetLoss;
    }

    /** The smallest model that reaches {@code targetLoss} with unlimited training tokens. */
    public static double minimumParams(LossSurface surface, double targetLoss) {
        requireReachable(surface, targetLoss);
        var chinchilla = ChinchillaForm.of(surface);
        if (chinchilla.isPresent()) {
            ChinchillaLaw law = chinchilla.get();
            return Math.pow(law.a() / (targetLoss - law.e()), 1 / law.alpha());
        }
        if (surface instanceof KaplanLaw law) {
            return law.criticalParams() * Math.pow(targetLoss, -1 / law.alphaN());
        }
        return Math.exp(bracketedLogRoot(x -> surface.lossWithUnlimitedTokens(Math.exp(x)) - targetLoss,
                TARGET_LOSS, "no model size within double range reaches loss " + Checks.show(targetLoss)));
    }

    /**
     * The plan of a model of {@code params} parameters trained to {@code targetLoss} and serving
     * {@code inferenceTokens}; FLOPs beyond the range of doubles are refused, blaming the size.
     */
    public static ModelPlan planFor(LossSurface surface, double params, double targetLoss, double inferenceTokens,
                                    ComputeConvention convention) {
        double tokens = tokensFor(surface, params, targetLoss);
        return ModelPlan.solved(params, tokens, surface.loss(params, tokens), inferenceTokens, convention, PARAMS);
    }

    /**
     * Training tokens a model of {@code params} parameters needs to reach {@code targetLoss}: at
     * least one. A target the model passes within its first training token is refused (naming the
     * target loss), as is one it can never reach (naming the size).
     */
    public static double tokensFor(LossSurface surface, double params, double targetLoss) {
        requireReachable(surface, targetLoss);
        Checks.positive("params", params);
        double afterOneToken = surface.loss(params, 1);
        if (afterOneToken < targetLoss) {
            throw new InfeasibleTargetException(TARGET_LOSS, "is too high: a model of " + Checks.show(params)
                    + " parameters reaches loss " + NumberText.significant(afterOneToken, 5)
                    + " after one training token, so it would need less than one token to reach "
                    + Checks.show(targetLoss));
        }
        double floor = surface.lossWithUnlimitedTokens(params);
        if (floor >= targetLoss) {
            throw new InfeasibleTargetException(PARAMS, "a model of " + Checks.show(params)
                    + " parameters can never reach loss " + Checks.show(targetLoss) + " (with unlimited tokens it reaches "
                    + NumberText.significant(floor, 5) + "); it needs more than "
                    + NumberText.significant(minimumParams(surface, targetLoss), 5) + " parameters");
        }
        double tokens = closedFormTokens(surface, params, targetLoss);
        if (Double.isNaN(tokens)) {
            tokens = Math.exp(bracketedLogRoot(y -> surface.loss(params, Math.exp(y)) - targetLoss,
                    PARAMS, "needs more than 1e308 training tokens"));
        }
        if (!Double.isFinite(tokens)) {
            throw new InfeasibleTargetException(PARAMS, "a model of " + Checks.show(params)
                    + " parameters would need more than 1e308 training tokens to reach loss " + Checks.show(targetLoss));
        }
        return tokens;
    }

    /** The closed-form token count, or NaN where the surface has none. */
    private static double closedFormTokens(LossSurface surface, double params, double targetLoss) {
        var chinchilla = ChinchillaForm.of(surface);
        if (chinchilla.isPresent()) {
            ChinchillaLaw law = chinchilla.get();
            return Math.pow(law.b() / (targetLoss - law.e() - law.modelTerm(params)), 1 / law.beta());
        }
        if (surface instanceof KaplanLaw law) {
            return law.criticalTokens() / (Math.pow(targetLoss, 1 / law.alphaD()) - law.modelTerm(params));
        }
        return Double.NaN;
    }

    /**
     * The root in [0, 709] of a function of a log-quantity decreasing from positive to negative, or
     * 0 when it is already negative there: at least one parameter or one token is always needed.
     */
    private static double bracketedLogRoot(DoubleUnaryOperator f, InfeasibleTargetException.Quantity quantity,
                                           String failure) {
        double low = 0;
        double high = LogScaleSearch.MAX_LOG;
        if (f.applyAsDouble(high) > 0) {
            throw new InfeasibleTargetException(quantity, failure);
        }
        if (f.applyAsDouble(low) <= 0) {
            return low;
        }
        return LogScaleSearch.root(f, low, high);
    }
}
