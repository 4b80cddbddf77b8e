package io.flopsplit.inference;

import io.flopsplit.compute.Checks;

/**
 * The FLOPs-matched exchange of Snell et al. 2024 (arXiv 2408.03314, §7): with
 * pretraining X = 6·N·D_pretrain and inference Y = 2·N·D_inference, a model M times larger (same
 * tokens) costs M·(X + Y); spending that on the small model instead multiplies its inference budget
 * by M + 3·(M − 1)/R, where R = D_inference/D_pretrain.
 *
 * @param sizeRatio M &gt;= 1, parameters of the large model over the small one
 * @param inferenceRatio R &gt; 0, inference tokens over pretraining tokens
 */
public record FlopsMatch(double sizeRatio, double inferenceRatio) {

    public FlopsMatch {
        Checks.finite("sizeRatio", sizeRatio);
        if (sizeRatio < 1) {
            throw new IllegalArgumentException("sizeRatio: must be >= 1, was " + Checks.show(sizeRatio));
        }
        Checks.positive("inferenceRatio", inferenceRatio);
    }

    /** M + 3·(M − 1)/R: the small model's inference budget as a multiple of its own baseline. */
    public double inferenceMultiplier() {
        return sizeRatio + 3 * (sizeRatio - 1) / inferenceRatio;
    }
}
