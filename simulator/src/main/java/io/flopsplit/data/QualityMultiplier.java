package io.flopsplit.data;

import io.flopsplit.compute.Checks;

/**
 * How much more a kept token is worth than an average pool token when only the best fraction f of
 * the pool is kept: m(f) = min(f^−γ, m_max), an effective-data multiplier ≥ 1.
 *
 * <p>γ sets how fast quality rises as the filter tightens; m_max caps it, since no filter turns a
 * token into unboundedly many. Published magnitudes to calibrate against: DsDm reports a ≈2× compute
 * multiplier (Engstrom et al. 2024, arXiv 2401.12926); a 125M-parameter perplexity filter let a 3B
 * model reach its baseline in up to 1.45× fewer steps (Ankner et al. 2024, arXiv 2405.20541). Both
 * constants come from the scenario; this type has no default beyond {@link #NONE}.
 *
 * @param gamma γ ≥ 0, the exponent of the quality gain
 * @param maxMultiplier m_max ≥ 1, the cap
 */
public record QualityMultiplier(double gamma, double maxMultiplier) {

    /** No quality gain: every kept token is worth one pool token. */
    public static final QualityMultiplier NONE = new QualityMultiplier(0, 1);

    public QualityMultiplier {
        SelectionOptions.GAMMA.check(gamma);
        SelectionOptions.MAX_MULTIPLIER.check(maxMultiplier);
    }

    /** m(f) for a kept fraction f in (0, 1]. */
    public double multiplier(double keptFraction) {
        Checks.inRange("keptFraction", keptFraction, Double.MIN_NORMAL, 1);
        return Math.min(Math.exp(-gamma * Math.log(keptFraction)), maxMultiplier);
    }
}
