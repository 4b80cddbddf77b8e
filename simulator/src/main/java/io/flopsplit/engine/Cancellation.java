package io.flopsplit.engine;

import java.util.concurrent.CancellationException;

/**
 * Cooperative cancellation of a trial in progress: the thread playing it is interrupted (the Monte
 * Carlo runner interrupts its workers on Ctrl-C), and long loops poll {@link #check()} — the kernel
 * every {@value #EVENTS_BETWEEN_CHECKS} events — so that a run stops within a fraction of a second
 * even inside one long trial. The interrupt is the token: no state of its own, nothing to pass along.
 */
public final class Cancellation {

    /** Events the kernel runs between two checks: a check costs a few nanoseconds, an event far more. */
    public static final int EVENTS_BETWEEN_CHECKS = 1024;

    private Cancellation() {
    }

    /**
     * Returns if the current thread may go on.
     *
     * @throws CancellationException if it has been interrupted (the interrupt stays set)
     */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("trial cancelled");
        }
    }
}
