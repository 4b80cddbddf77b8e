package io.flopsplit.compute;

/**
 * A NaN or an infinity where a number was required: thrown by {@link Checks#finite} (and so by every
 * validated value type), in the project's one message format, {@code name: must be a finite number,
 * was NaN}. A distinct type so that a caller can tell a non-finite value that reached a model (a
 * defect of whoever computed it, e.g. an allocation policy) from an input that is merely out of range.
 */
public final class NotFiniteException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The failure for {@code name} at {@code value}, which is NaN or infinite. */
    public NotFiniteException(String name, double value) {
        super(name + ": must be a finite number, was " + NumberText.exact(value));
    }

    /** Whether {@code failure} or one of its causes is a non-finite value. */
    public static boolean among(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof NotFiniteException) {
                return true;
            }
        }
        return false;
    }
}
