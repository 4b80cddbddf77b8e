package io.flopsplit.optimum;

/**
 * A request the law cannot satisfy: a target loss at or below the lowest loss the law can ever
 * reach, or a model too small ever to reach it; a budget or target whose answer is not a model
 * that can exist (fewer than one parameter or one training token); or a request whose FLOPs are
 * beyond the range of doubles. Names the quantity at fault so that callers can point at the input
 * that was wrong.
 */
public final class InfeasibleTargetException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The quantity that cannot be satisfied. */
    public enum Quantity { TARGET_LOSS, PARAMS, BUDGET, INFERENCE_TOKENS }

    private final Quantity quantity;

    public InfeasibleTargetException(Quantity quantity, String message) {
        super(message);
        this.quantity = quantity;
    }

    /** Which input cannot be satisfied. */
    public Quantity quantity() {
        return quantity;
    }
}
