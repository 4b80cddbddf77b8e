package io.flopsplit.scenario;

import io.flopsplit.compute.Checks;
import io.flopsplit.laws.ChinchillaLaw;
import io.flopsplit.laws.LawProfile;
import io.flopsplit.laws.LossLaw;
import io.flopsplit.uncertainty.MultivariateNormal;
import java.util.List;
import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The scenario's law: the profile policies plan with, and optionally the uncertainty of its
 * constants — a multivariate normal around the profile's values (standard errors and
 * correlations, e.g. Besiroglu et al. 2024, arXiv 2404.10102, for {@code epoch}) from which each
 * trial draws its true law. Draws that make no valid law (a constant at or below zero, an exponent
 * out of range) are drawn again: a truncated multivariate normal.
 *
 * @param profile the nominal profile
 * @param sds standard deviations of E, A, B, alpha, beta (empty: the constants are known)
 * @param correlations their correlation matrix (identity by default)
 */
public record LawSpec(LawProfile profile, Optional<double[]> sds, double[][] correlations) {

    static final List<String> CONSTANTS = List.of("E", "A", "B", "alpha", "beta");
    private static final int MAX_REDRAWS = 10_000;

    public LawSpec {
        Checks.present("profile", profile);
        if (sds.isPresent() && !(profile.law() instanceof ChinchillaLaw)) {
            throw new IllegalArgumentException("uncertainty: only for Chinchilla-form laws (chinchilla,"
                    + " chinchilla-unrounded, chinchilla-sardana, epoch, custom), not " + profile.id());
        }
    }

    /** The law policies plan with. */
    public LossLaw nominal() {
        return profile.law();
    }

    /** The distribution of the constants, if uncertain. */
    public Optional<MultivariateNormal> distribution() {
        return sds.map(spread -> {
            ChinchillaLaw law = (ChinchillaLaw) profile.law();
            double[] means = {law.e(), law.a(), law.b(), law.alpha(), law.beta()};
            return new MultivariateNormal(CONSTANTS, means, spread, correlations);
        });
    }

    /** One trial's true law: the nominal one if the constants are known, a draw otherwise. */
    public LossLaw draw(Optional<MultivariateNormal> distribution, UniformRandomProvider random) {
        if (distribution.isEmpty()) {
            return profile.law();
        }
        for (int attempt = 0; attempt < MAX_REDRAWS; attempt++) {
            double[] c = distribution.get().sample(random);
            try {
                return new ChinchillaLaw(c[0], c[1], c[2], c[3], c[4]);
            } catch (IllegalArgumentException invalid) {
                // Outside the valid range: draw again (truncation).
            }
        }
        throw new IllegalArgumentException("uncertainty: almost no draw of the constants gives a valid law;"
                + " the standard errors are too wide");
    }
}
