package io.flopsplit.compute;

/**
 * Conversions between FLOPs and the other compute units the literature reports in.
 *
 * <p>One petaflop/s-day is 10^15 FLOP/s for 86,400 s, 8.64e19 FLOPs, the unit of Kaplan et al.
 * 2020 (arXiv 2001.08361), whose compute-efficient frontier is fitted in it.
 */
public final class ComputeUnits {

    /** FLOPs in one petaflop/s-day. */
    public static final double FLOPS_PER_PETAFLOP_DAY = 8.64e19;

    private ComputeUnits() {
    }

    /** Converts FLOPs to petaflop/s-days. */
    public static double toPetaflopDays(double flops) {
        return flops / FLOPS_PER_PETAFLOP_DAY;
    }

    /** Converts petaflop/s-days to FLOPs. */
    public static double fromPetaflopDays(double petaflopDays) {
        return petaflopDays * FLOPS_PER_PETAFLOP_DAY;
    }
}
