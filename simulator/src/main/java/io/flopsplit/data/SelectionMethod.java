package io.flopsplit.data;

import java.util.Arrays;
import java.util.List;

/**
 * How the proxy model scores the pool. Each method has its cost per scored token and its selection
 * signal at size parity (the defaults of {@code flopsPerParamToken} and {@code signal} in a
 * scenario's {@code data.selection}).
 *
 * <p>Costs: perplexity is one forward pass, 2·N_proxy per token (Ankner et al. 2024,
 * arXiv 2405.20541; Yin &amp; Rush 2024, arXiv 2410.16208); gradient features (LESS, DsDm) a forward
 * and a backward pass, ≈6·N_proxy (Yin &amp; Rush 2024). LESS also needs a warm-up training and
 * gradients at several checkpoints, so its real cost may be several times that (not modelled).
 *
 * <p>Signals: the weighted least-squares fit of {@code io.flopsplit.calibration.SelectionFit} to
 * Ankner et al. 2024 (m ≈ 1.45 at f = 0.5, r = 24), Yin &amp; Rush 2024 (break-even ratios 5× and
 * 10×) and DataDecide (Magnusson et al. 2025, arXiv 2504.11393: ρ ≈ 0.81 at r = 6.7); χ² = 0.62 on
 * one degree of freedom. The gradient signal rests on Yin &amp; Rush's 10× alone.
 */
public enum SelectionMethod {

    /** Keep what a small reference model finds least (or most) surprising. */
    PERPLEXITY("perplexity", 2, 0.688),
    /** Keep what moves a small model's gradients towards the target task (LESS, DsDm). */
    GRADIENT("gradient", 6, 0.782);

    private final String id;
    private final double flopsPerParamToken;
    private final double signal;

    SelectionMethod(String id, double flopsPerParamToken, double signal) {
        this.id = id;
        this.flopsPerParamToken = flopsPerParamToken;
        this.signal = signal;
    }

    /** The word a scenario uses. */
    public String id() {
        return id;
    }

    /** c, FLOPs per proxy parameter per scored token. */
    public double flopsPerParamToken() {
        return flopsPerParamToken;
    }

    /** S, the selection signal a = ρσ at a trained:selector size ratio of 1 or less (fitted). */
    public double signal() {
        return signal;
    }

    /** Every method's word, in order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(SelectionMethod::id).toList();
    }

    /** The method called {@code id}; an unknown word is an error naming the known ones. */
    public static SelectionMethod of(String id) {
        for (SelectionMethod method : values()) {
            if (method.id.equals(id)) {
                return method;
            }
        }
        throw new IllegalArgumentException("method: must be " + String.join(" or ", ids()) + ", was '" + id + "'");
    }
}
