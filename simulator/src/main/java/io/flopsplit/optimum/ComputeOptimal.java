package io.flopsplit.optimum;

import io.flopsplit.compute.Checks;
import io.flopsplit.compute.ComputeConvention;
import io.flopsplit.compute.NumberText;
import io.flopsplit.laws.ChinchillaLaw;
import io.flopsplit.laws.KaplanLaw;
import io.flopsplit.laws.LossSurface;

/**
 * The compute-optimal model for a training budget C: the (N, D) with 6·N·D = C that minimises the
 * loss. Closed forms where the law has one (Hoffmann et al. 2022, arXiv 2203.15556, Eq. 4 for the
 * Chinchilla form; the stationary point of Kaplan et al. 2020's joint law), and a numeric search over
 * log N for any surface, including a law restricted to finite unique tokens.
 */
public final class ComputeOptimal {

    private ComputeOptimal() {
    }

    /** The compute-optimal plan, by closed form where one exists, numerically otherwise. */
    public static ModelPlan forBudget(LossSurface surface, double budgetFlops, ComputeConvention convention) {
        Checks.positive("budgetFlops", budgetFlops);
        var chinchilla = ChinchillaForm.of(surface);
        if (chinchilla.isPresent()) {
            return closedForm(surface, chinchilla.get(), budgetFlops, convention);
        }
        if (surface instanceof KaplanLaw kaplan) {
            return closedForm(kaplan, budgetFlops, convention);
        }
        return numeric(surface, budgetFlops, convention);
    }

    /**
     * {@link #forBudget} for a budget someone asked about: one whose compute-optimal model is not
     * realisable (fewer than one parameter or one training token: 2e-136 parameters for 1e-300
     * FLOPs) is refused, naming the budget. Solvers inside policies keep using {@link #forBudget},
     * which answers any budget so that root searches may probe small ones.
     */
    public static ModelPlan forRequestedBudget(LossSurface surface, double budgetFlops, ComputeConvention convention) {
        ModelPlan plan = forBudget(surface, budgetFlops, convention);
        if (!plan.isRealisable()) {
            throw new InfeasibleTargetException(InfeasibleTargetException.Quantity.BUDGET, Checks.show(budgetFlops)
                    + " FLOPs cannot train a model: the compute-optimal split is " + NumberText.significant(plan.params(), 3)
                    + " parameters trained on " + NumberText.significant(plan.tokens(), 3)
                    + " tokens, and a model needs at least one of each");
        }
        return plan;
    }

    /** Hoffmann et al. Eq. 4: N_opt = G·(C/6)^a, D_opt = (C/6)/N_opt. */
    public static ModelPlan closedForm(ChinchillaLaw law, double budgetFlops, ComputeConvention convention) {
        return closedForm(law, law, budgetFlops, convention);
    }

    private static ModelPlan closedForm(LossSurface surface, ChinchillaLaw law, double budgetFlops,
                                        ComputeConvention convention) {
        double paramTokens = convention.paramTokensFor(Checks.positive("budgetFlops", budgetFlops));
        double params = Math.exp(Math.log(law.g()) + law.paramsExponent() * Math.log(paramTokens));
        return plan(surface, params, paramTokens / params, convention);
    }

    /**
     * Kaplan et al.'s joint law at fixed N·D = K: d/dN [(N_c/N)^p + D_c·N/K] = 0 with p = α_N/α_D
     * gives N^(p+1) = p·N_c^p·K/D_c.
     */
    public static ModelPlan closedForm(KaplanLaw law, double budgetFlops, ComputeConvention convention) {
        double paramTokens = convention.paramTokensFor(Checks.positive("budgetFlops", budgetFlops));
        double p = law.alphaN() / law.alphaD();
        double logParams = (Math.log(p) + p * Math.log(law.criticalParams()) + Math.log(paramTokens)
                - Math.log(law.criticalTokens())) / (p + 1);
        double params = Math.exp(logParams);
        return plan(law, params, paramTokens / params, convention);
    }

    /** Minimises the loss over ln N in [0, ln(C/6)] (at least one parameter and one token). */
    public static ModelPlan numeric(LossSurface surface, double budgetFlops, ComputeConvention convention) {
        double paramTokens = convention.paramTokensFor(Checks.positive("budgetFlops", budgetFlops));
        if (paramTokens < 4) {
            throw new InfeasibleTargetException(InfeasibleTargetException.Quantity.BUDGET,
                    "must buy at least 4 parameter-tokens of training, was " + Checks.show(budgetFlops) + " FLOPs");
        }
        double logParamTokens = Math.log(paramTokens);
        double logParams = LogScaleSearch.minimum(
                x -> surface.loss(Math.exp(x), Math.exp(logParamTokens - x)), 0, logParamTokens);
        double params = Math.exp(logParams);
        return plan(surface, params, paramTokens / params, convention);
    }

    private static ModelPlan plan(LossSurface surface, double params, double tokens, ComputeConvention convention) {
        return ModelPlan.of(params, tokens, surface.loss(params, tokens), 0, convention);
    }
}
