package io.flopsplit.optimum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.compute.ComputeConvention;
import io.flopsplit.laws.LawProfile;
import io.flopsplit.laws.LawProfiles;
import io.flopsplit.laws.LossLaw;
import io.flopsplit.laws.LossSurface;
import org.junit.jupiter.api.Test;

class TargetLossTest {

    private static LossLaw law(String id) {
        return LawProfiles.resolve(id).law();
    }

    @Test
    void tokensForReachTheTargetExactly() {
        for (LawProfile profile : LawProfiles.all()) {
            double target = profile.law().irreducibleLoss() + 0.3;
            double params = 2 * TargetLoss.minimumParams(profile.law(), target);
            double tokens = TargetLoss.tokensFor(profile.law(), params, target);
            assertEquals(target, profile.law().loss(params, tokens), 1e-12, profile.id());
        }
    }

    @Test
    void numericTokensAgreeWithTheClosedForms() {
        for (LawProfile profile : LawProfiles.all()) {
            LossSurface numericOnly = profile.law()::loss;
            double target = profile.law().irreducibleLoss() + 0.25;
            double params = 3 * TargetLoss.minimumParams(profile.law(), target);
            double closed = TargetLoss.tokensFor(profile.law(), params, target);
            double numeric = TargetLoss.tokensFor(numericOnly, params, target);
            assertEquals(1, numeric / closed, 1e-9, profile.id());
            assertEquals(1, TargetLoss.minimumParams(numericOnly, target) / TargetLoss.minimumParams(profile.law(), target),
                    1e-9, profile.id());
        }
    }

    @Test
    void chinchillaSeventyBillionNeedsItsTokens() {
        // Round trip on the published point L(70e9, 1.4e12) = 1.9366 (Hoffmann et al. 2022, App. D.2).
        LossLaw chinchilla = law("chinchilla");
        double target = chinchilla.loss(70e9, 1.4e12);
        assertEquals(1.4e12, TargetLoss.tokensFor(chinchilla, 70e9, target), 1.4e12 * 1e-10);
    }

    @Test
    void targetAtOrBelowTheIrreducibleLossIsAnError() {
        InfeasibleTargetException error = assertThrows(InfeasibleTargetException.class,
                () -> TargetLoss.requireReachable(law("chinchilla"), 1.69));
        assertEquals(InfeasibleTargetException.Quantity.TARGET_LOSS, error.quantity());
        assertEquals("must be above 1.69, the lowest loss the law can ever reach, was 1.69", error.getMessage());
        assertThrows(InfeasibleTargetException.class, () -> TargetLoss.minimumParams(law("epoch"), 1.8));
        assertThrows(IllegalArgumentException.class, () -> TargetLoss.requireReachable(law("kaplan"), 0));
    }

    @Test
    void modelTooSmallIsAnErrorNamingTheSizeNeeded() {
        InfeasibleTargetException error = assertThrows(InfeasibleTargetException.class,
                () -> TargetLoss.tokensFor(law("chinchilla"), 1e6, 2.0));
        assertEquals(InfeasibleTargetException.Quantity.PARAMS, error.quantity());
        assertEquals("a model of 1000000 parameters can never reach loss 2 (with unlimited tokens it reaches 5.3964);"
                + " it needs more than 1.477e9 parameters", error.getMessage());
    }

    @Test
    void aModelJustAboveTheMinimumNeedsEnormousButFiniteData() {
        LossLaw chinchilla = law("chinchilla");
        double minimum = TargetLoss.minimumParams(chinchilla, 2.0);
        double tokens = TargetLoss.tokensFor(chinchilla, minimum * (1 + 1e-6), 2.0);
        assertTrue(Double.isFinite(tokens) && tokens > 1e20, "tokens = " + tokens);
    }

    @Test
    void cheapestToTrainClosedFormSplitsTheReducibleLoss() {
        // Cheapest to train (Hoffmann et al. 2022, Eq. 2 minimised at fixed loss): D = (B(β/α + 1)/(ℓ − E))^(1/β), N = (A(α/β + 1)/(ℓ − E))^(1/α): the model term
        // takes β/(α+β) of the reducible loss and the data term α/(α+β).
        ModelPlan plan = LifetimeOptimum.cheapest(law("chinchilla"), 2.0, 0, ComputeConvention.STANDARD);
        double gap = 2.0 - 1.69;
        assertEquals(Math.pow(410.7 * (0.28 / 0.34 + 1) / gap, 1 / 0.28), plan.tokens(), plan.tokens() * 1e-12);
        assertEquals(Math.pow(406.4 * (0.34 / 0.28 + 1) / gap, 1 / 0.34), plan.params(), plan.params() * 1e-9);
        assertEquals(2.0, plan.loss(), 1e-12);
    }

    @Test
    void requestsWithoutARealModelNameTheQuantityAtFault() {
        ComputeConvention six = ComputeConvention.STANDARD;
        LossLaw chinchilla = law("chinchilla");
        assertQuantity(InfeasibleTargetException.Quantity.BUDGET,
                () -> ComputeOptimal.forRequestedBudget(chinchilla, 1e-300, six));
        assertTrue(ComputeOptimal.forBudget(chinchilla, 1e-300, six).params() < 1, "the solver itself answers any budget");
        assertTrue(ComputeOptimal.forRequestedBudget(chinchilla, 1e24, six).isRealisable());
        assertQuantity(InfeasibleTargetException.Quantity.TARGET_LOSS, () -> LifetimeOptimum.cheapest(chinchilla, 1e300, 0, six));
        assertQuantity(InfeasibleTargetException.Quantity.TARGET_LOSS, () -> LifetimeOptimum.cheapest(chinchilla, 760, 0, six));
        assertQuantity(InfeasibleTargetException.Quantity.TARGET_LOSS,
                () -> LifetimeOptimum.cheapest(law("kaplan"), 1e300, 0, six));
        assertQuantity(InfeasibleTargetException.Quantity.TARGET_LOSS, () -> TargetLoss.tokensFor(chinchilla, 1e9, 1e300));
        assertQuantity(InfeasibleTargetException.Quantity.INFERENCE_TOKENS,
                () -> LifetimeOptimum.compare(chinchilla, 2.0, 1e300, six));
        assertQuantity(InfeasibleTargetException.Quantity.PARAMS, () -> TargetLoss.planFor(chinchilla, 1e300, 2.0, 0, six));
    }

    private static void assertQuantity(InfeasibleTargetException.Quantity quantity,
                                       org.junit.jupiter.api.function.Executable request) {
        assertEquals(quantity, assertThrows(InfeasibleTargetException.class, request).quantity());
    }
}
