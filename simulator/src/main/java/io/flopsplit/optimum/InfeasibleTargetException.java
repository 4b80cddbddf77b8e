package io.flopsplit.optimum;

/**
 * A request the law cannot satisfy: a target loss at or below the lowest loss the law can ever
 * reach, or a model too small ever to reach it. Names the quantity at fault so that callers can
 * point at the input that was wrong.
 */
public final class InfeasibleTargetException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The quantity that cannot be satisfied. */
    public enum Quantity { TARGET_LOSS, PARAMS, BUDGET }

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
