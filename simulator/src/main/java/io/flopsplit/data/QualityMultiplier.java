package io.flopsplit.data;

import io.flopsplit.compute.Checks;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Erf;

/**
 * How much more a kept token is worth than an average pool token when a proxy model keeps the best
 * fraction f of the pool by its own score: noisy-proxy selection.
 *
 * <p>Mechanism: a document's worth to the trained model is log-normal over the pool,
 * w = exp(σu − σ²/2) with u ~ N(0, 1), so the pool's mean worth is 1; the selector's score correlates
 * ρ with u. Keeping the top f by score keeps, for (u, score) bivariate normal,
 * E[w | kept] = Φ(a − z_f)/f with z_f = Φ⁻¹(1 − f) and the signal a = ρσ, so
 * <pre>    m(f; a) = Φ(a − z_f) / f.</pre>
 * A smaller selector is a noisier proxy of a larger model's utility: the signal falls with the
 * trained:selector size ratio r = N / N_proxy,
 * <pre>    a(r) = S · max(r, 1)^(−η),</pre>
 * S being the method's signal at size parity ({@link SelectionMethod}). Then m(1) = 1, m ≥ 1 for
 * a ≥ 0, m rises with a and falls with f, m ≤ 1/f, and m → 1 as r → ∞: no cap is needed.
 *
 * <p>Sources and fit: S and η are fitted (weighted least squares, {@code io.flopsplit.calibration
 * .SelectionFit}) to Ankner et al. 2024 (arXiv 2405.20541: a 125M perplexity selector let a 3B model
 * reach its baseline in up to 1.45× fewer steps at f = 0.5), Yin &amp; Rush 2024 (arXiv 2410.16208:
 * selection is compute-optimal from trained:selector ratios of 5× for perplexity and 10× for
 * gradients, translated into their finetuning setting) and DataDecide (Magnusson et al. 2025,
 * arXiv 2504.11393: a 150M model ranks recipes as a 1B one does in ~80% of pairs, ρ ≈ 0.81 at
 * r = 6.7). η rests on that one recipe-level number; without it the selection papers alone prefer
 * η = 0. What it does not capture: a pool more or less heterogeneous than the papers' (σ is folded
 * into S), and selection that targets a downstream task rather than general worth.
 *
 * @param signal S ≥ 0, the signal a = ρσ at size parity (log-worth standard deviations resolved)
 * @param signalDecay η ≥ 0, the exponent of the size ratio
 */
public record QualityMultiplier(double signal, double signalDecay) {

    /** No signal: every kept token is worth one pool token, whatever is kept. */
    public static final QualityMultiplier NONE = new QualityMultiplier(0, 0);

    private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1);

    public QualityMultiplier {
        SelectionOptions.SIGNAL.range().check("signal", signal);
        SelectionOptions.SIGNAL_DECAY.check(signalDecay);
    }

    /** The signal a(r) = S·max(r, 1)^(−η) at a trained:selector size ratio {@code sizeRatio} > 0. */
    public double signalAt(double sizeRatio) {
        Checks.positive("sizeRatio", sizeRatio);
        return signal * Math.exp(-signalDecay * Math.log(Math.max(sizeRatio, 1)));
    }

    /** m(f; a(r)) for a kept fraction f in (0, 1] and a trained:selector size ratio r > 0. */
    public double multiplier(double keptFraction, double sizeRatio) {
        return multiplierAtSignal(keptFraction, signalAt(sizeRatio));
    }

    /**
     * m(f; a) = Φ(a − z_f)/f, clamped to [1, 1/f] against rounding. Φ is taken from the
     * complementary error function, so that it keeps its relative precision far in the lower tail
     * (f ≥ 1e-9 puts z_f below 6.1).
     */
    public static double multiplierAtSignal(double keptFraction, double signal) {
        Checks.inRange("keptFraction", keptFraction, Double.MIN_NORMAL, 1);
        Checks.nonNegative("signal", signal);
        if (keptFraction == 1) {
            return 1;
        }
        double z = -STANDARD.inverseCumulativeProbability(keptFraction);
        double kept = 0.5 * Erf.erfc((z - signal) / Math.sqrt(2));
        return Math.min(Math.max(kept / keptFraction, 1), 1 / keptFraction);
    }
}
