package io.flopsplit.optimum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.compute.ComputeConvention;
import io.flopsplit.laws.LawProfile;
import io.flopsplit.laws.LawProfiles;
import io.flopsplit.laws.LossLaw;
import io.flopsplit.laws.LossSurface;
import org.junit.jupiter.api.Test;

class LifetimeOptimumTest {

    private static final ComputeConvention SIX_ND = ComputeConvention.STANDARD;

    private static LossLaw law(String id) {
        return LawProfiles.resolve(id).law();
    }

    @Test
    void inferenceDemandFavoursSmallerLongerTrainedModels() {
        // Sardana et al. 2024 (arXiv 2401.00448), §3: with large lifetime demand the optimum is a
        // smaller model trained on more tokens than Chinchilla's, at the same loss.
        LifetimeComparison comparison = LifetimeOptimum.compare(law("chinchilla"), 2.0, 1e13, SIX_ND);
        ModelPlan optimum = comparison.optimum();
        ModelPlan reference = comparison.reference();
        assertTrue(optimum.params() < reference.params());
        assertTrue(optimum.tokens() > reference.tokens());
        assertEquals(2.0, optimum.loss(), 1e-12);
        assertEquals(2.0, reference.loss(), 1e-12);
        assertTrue(comparison.savingFraction() > 0 && comparison.savingFraction() < 1);
        assertEquals(reference.inferenceTokens(), optimum.inferenceTokens(), 0);
    }

    @Test
    void theStationaryRootIsTheMinimum() {
        // The Chinchilla-form stationarity root (Sardana et al. 2024, arXiv 2401.00448) against a numeric minimisation of the same problem.
        for (String id : new String[] {"chinchilla", "chinchilla-sardana", "epoch", "chinchilla-unrounded"}) {
            LossLaw law = law(id);
            LossSurface numericOnly = law::loss;
            for (double demand : new double[] {0, 1e11, 1e13, 1e15}) {
                double target = law.irreducibleLoss() + 0.3;
                ModelPlan root = LifetimeOptimum.cheapest(law, target, demand, SIX_ND);
                ModelPlan numeric = LifetimeOptimum.cheapest(numericOnly, target, demand, SIX_ND);
                assertEquals(1, numeric.params() / root.params(), 1e-5, id + " demand " + demand);
                assertTrue(root.totalFlops() <= numeric.totalFlops() * (1 + 1e-12), id + " demand " + demand);
            }
        }
    }

    @Test
    void everyLawHasALifetimeOptimumNoDearerThanItsReference() {
        for (LawProfile profile : LawProfiles.all()) {
            double target = profile.law().irreducibleLoss() + 0.2;
            LifetimeComparison comparison = LifetimeOptimum.compare(profile.law(), target, 1e14, SIX_ND);
            assertTrue(comparison.savingFraction() >= -1e-12, profile.id() + ": " + comparison.savingFraction());
            assertEquals(target, comparison.optimum().loss(), 1e-9, profile.id());
        }
    }

    @Test
    void zeroDemandIsTheCheapestToTrain() {
        LifetimeComparison comparison = LifetimeOptimum.compare(law("epoch"), 2.1, 0, SIX_ND);
        assertEquals(comparison.reference().params(), comparison.optimum().params(), 0);
        assertEquals(0, comparison.savingFraction(), 0);
    }
}
