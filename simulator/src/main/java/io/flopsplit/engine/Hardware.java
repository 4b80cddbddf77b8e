package io.flopsplit.engine;

import io.flopsplit.compute.Checks;

/**
 * The hardware a trial runs on, as the simulated clock needs it: sustained throughput is peak
 * FLOP/s × utilisation, and work of F FLOPs takes F / (peak × utilisation) seconds.
 * Utilisation is the model FLOPs utilisation (MFU) of the whole run — PaLM reports 46.2% (Chowdhery
 * et al. 2022, arXiv 2204.02311) — and peak is that of the whole cluster.
 *
 * @param peakFlopsPerSecond the cluster's peak throughput, FLOP/s
 * @param utilisation the fraction of peak sustained, in (0, 1]
 */
public record Hardware(double peakFlopsPerSecond, double utilisation) {

    /** Seconds in an hour: the clock runs in hours. */
    public static final double SECONDS_PER_HOUR = 3600;

    public Hardware {
        Checks.positive("peakFlopsPerSecond", peakFlopsPerSecond);
        Checks.inRange("utilisation", utilisation, Double.MIN_NORMAL, 1);
    }

    /** A cluster of {@code devices} accelerators of {@code peakFlopsPerSecondEach}. */
    public static Hardware cluster(int devices, double peakFlopsPerSecondEach, double utilisation) {
        Checks.positive("devices", devices);
        return new Hardware(devices * Checks.positive("peakFlopsPerSecondEach", peakFlopsPerSecondEach),
                utilisation);
    }

    /** FLOPs actually delivered in one hour. */
    public double flopsPerHour() {
        return peakFlopsPerSecond * utilisation * SECONDS_PER_HOUR;
    }

    /** Hours that work of {@code flops} FLOPs takes. */
    public double hoursFor(double flops) {
        return Checks.nonNegative("flops", flops) / flopsPerHour();
    }

    /** FLOPs delivered in {@code hours} hours. */
    public double flopsIn(double hours) {
        return Checks.nonNegative("hours", hours) * flopsPerHour();
    }
}
