package io.flopsplit.engine;

import io.flopsplit.compute.Checks;

/**
 * The end of the trial's horizon, scheduled by the kernel itself when a simulation starts. It runs
 * after every other event at the same time; events scheduled later never run.
 *
 * @param horizonHours the time at which the trial ends
 */
public record HorizonEnd(double horizonHours) implements Event {

    /** Last at its time. */
    public static final int PRIORITY = Integer.MAX_VALUE;

    public HorizonEnd {
        Checks.positive("horizonHours", horizonHours);
    }

    @Override
    public int priority() {
        return PRIORITY;
    }
}
