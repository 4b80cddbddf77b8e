package io.flopsplit.optimum;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.flopsplit.ReRunHint;
import io.flopsplit.compute.ComputeConvention;
import io.flopsplit.laws.LawProfile;
import io.flopsplit.laws.LawProfiles;
import io.flopsplit.laws.LossLaw;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quicktheories.core.Gen;

/** Invariants of the solvers for every published law over budgets from 1e15 to 1e30 FLOPs. */
@ExtendWith(ReRunHint.class)
class OptimumProperties {

    private static final ComputeConvention SIX_ND = ComputeConvention.STANDARD;
    private static final List<LawProfile> PROFILES = LawProfiles.all();

    private static Gen<LossLaw> laws() {
        return integers().between(0, PROFILES.size() - 1).map(i -> PROFILES.get(i).law());
    }

    private static Gen<Double> budgets() {
        return doubles().between(15, 30).map(exponent -> Math.pow(10, exponent));
    }

    @Test
    void optimalParamsTimesTokensIsBudgetOverSix() {
        qt().forAll(laws(), budgets()).check((law, budget) -> {
            ModelPlan plan = ComputeOptimal.forBudget(law, budget, SIX_ND);
            return Math.abs(plan.params() * plan.tokens() / (budget / 6) - 1) < 1e-12;
        });
    }

    @Test
    void numericOptimumMatchesTheClosedFormAndIsNeverBeaten() {
        qt().withExamples(60).forAll(laws(), budgets(), doubles().between(-4, 4)).check((law, budget, shift) -> {
            ModelPlan closed = ComputeOptimal.forBudget(law, budget, SIX_ND);
            ModelPlan numeric = ComputeOptimal.numeric(law, budget, SIX_ND);
            double otherParams = closed.params() * Math.pow(10, shift);
            double otherLoss = law.loss(otherParams, budget / 6 / otherParams);
            return Math.abs(numeric.params() / closed.params() - 1) < 1e-5
                    && otherLoss >= closed.loss() - 1e-12 * closed.loss();
        });
    }

    @Test
    void lifetimeOptimumNeverCostsMoreThanItsReference() {
        qt().withExamples(150).forAll(laws(), doubles().between(0.05, 1.5), doubles().between(0, 18))
                .check((law, excess, logDemand) -> {
                    double target = law.irreducibleLoss() + excess;
                    double demand = logDemand < 1 ? 0 : Math.pow(10, logDemand);
                    LifetimeComparison comparison = LifetimeOptimum.compare(law, target, demand, SIX_ND);
                    return comparison.optimum().totalFlops() <= comparison.reference().totalFlops() * (1 + 1e-9)
                            && Math.abs(comparison.optimum().loss() - target) < 1e-9;
                });
    }

    @Test
    void noNaNOrInfinityFromOneE15ToOneE30() {
        qt().forAll(laws(), budgets()).check((law, budget) -> {
            ModelPlan plan = ComputeOptimal.forBudget(law, budget, SIX_ND);
            ModelPlan lifetime = LifetimeOptimum.cheapest(law, plan.loss(), budget / plan.params(), SIX_ND);
            return finite(plan) && finite(lifetime);
        });
    }

    private static boolean finite(ModelPlan plan) {
        return Double.isFinite(plan.params()) && Double.isFinite(plan.tokens()) && Double.isFinite(plan.loss())
                && Double.isFinite(plan.totalFlops()) && Double.isFinite(plan.tokensPerParam());
    }
}
