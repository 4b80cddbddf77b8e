package io.flopsplit.engine;

import io.flopsplit.ledger.Ledger;

/**
 * What the kernel offers a running {@link PhaseProcess}: the clock, the hardware, the ledger, and
 * scheduling. Events are ordered as {@link Event} describes; scheduling before the current time is
 * an error, and so is scheduling after the process has finished.
 */
public interface Scheduler {

    /** The simulated clock, hours since the trial started. */
    double nowHours();

    /** When the trial ends. */
    double horizonHours();

    /** The hardware that turns FLOPs into hours. */
    Hardware hardware();

    /** The trial's ledger; processes may reallocate unspent FLOPs, and the kernel debits their work. */
    Ledger ledger();

    /**
     * Schedules {@code event} at {@code timeHours}.
     *
     * @throws IllegalArgumentException if the time is not finite or is before {@link #nowHours()}
     * @throws IllegalStateException if this process has finished
     */
    void scheduleAt(double timeHours, Event event);

    /** Schedules {@code work} to complete once the hardware has done its FLOPs, starting now. */
    default void scheduleAfterWork(WorkEvent work) {
        scheduleAt(nowHours() + hardware().hoursFor(work.flops()), work);
    }

    /** Ends this process's turn; the next process starts at the current time. */
    void finish();
}
