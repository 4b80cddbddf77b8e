package io.flopsplit.ledger;

/**
 * A refused attempt to spend or move FLOPs that an account does not hold: a debit beyond a phase's
 * unspent allocation, an allocation beyond the unallocated budget, or work planned beyond what its
 * phase can pay. Refused operations change nothing. A distinct type so that a caller (for example a
 * property check of a policy) can tell an overdraft from any other failure.
 */
public final class OverdraftException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final Phase phase;

    /** An overdraft of {@code phase}, described by {@code message}. */
    public OverdraftException(Phase phase, String message) {
        super(message);
        this.phase = phase;
    }

    /** The account that could not pay. */
    public Phase phase() {
        return phase;
    }
}
