package io.flopsplit.inference;

import io.flopsplit.compute.Checks;

/**
 * One sampled query: whether the answer returned was correct, and the FLOPs it cost.
 *
 * @param success the returned answer is correct
 * @param flops FLOPs spent on the query
 */
public record Outcome(boolean success, double flops) {

    public Outcome {
        Checks.nonNegative("flops", flops);
    }
}
