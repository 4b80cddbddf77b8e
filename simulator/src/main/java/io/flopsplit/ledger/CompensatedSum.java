package io.flopsplit.ledger;

/**
 * A running sum held as an unevaluated pair hi + lo of doubles (a double-double), so that adding
 * 10^4 debits of 10^12 FLOPs to a budget of 10^30, each below one ulp of the budget, loses nothing.
 *
 * <p>Every addition is Knuth's error-free TwoSum followed by a renormalisation (Dekker 1971; the
 * compensated summation of Neumaier 1974 without its deferred correction), so |lo| ≤ ulp(hi)/2
 * always holds and {@code hi} is the sum correctly rounded to a double. The sum carries about 106
 * significant bits: exact whenever the exact result spans fewer bits than that, and within
 * 2^-104 of the largest term otherwise. Mutable and not thread-safe: one per ledger account.
 */
public final class CompensatedSum {

    private double hi;
    private double lo;

    /** Adds {@code x} exactly (up to the pair's ~106 bits). */
    public void add(double x) {
        double s = hi + x;
        double error = twoSumError(hi, x, s);
        double t = lo + error;
        hi = s + t;
        lo = twoSumError(s, t, hi);
    }

    /** Adds another sum, both of its parts. */
    public void add(CompensatedSum other) {
        add(other.hi);
        add(other.lo);
    }

    /** Subtracts another sum, both of its parts. */
    public void subtract(CompensatedSum other) {
        add(-other.hi);
        add(-other.lo);
    }

    /** Replaces this sum by {@code other}. */
    public void set(CompensatedSum other) {
        hi = other.hi;
        lo = other.lo;
    }

    /** Sets this sum to zero. */
    public void clear() {
        hi = 0;
        lo = 0;
    }

    /** The sum rounded to the nearest double. */
    public double nearest() {
        return hi;
    }

    /** The largest double not above the sum: spending it never overdraws. */
    public double floor() {
        return lo < 0 ? Math.nextDown(hi) : hi;
    }

    /** Whether the sum is ≥ {@code x}, decided exactly (valid because |lo| ≤ ulp(hi)/2). */
    public boolean atLeast(double x) {
        return hi > x || (hi == x && lo >= 0);
    }

    /** Whether the sum is ≥ 0, decided exactly. */
    public boolean nonNegative() {
        return atLeast(0);
    }

    /** The rounding error of {@code a + b} given {@code sum = fl(a + b)} (Knuth's TwoSum). */
    private static double twoSumError(double a, double b, double sum) {
        double bVirtual = sum - a;
        double aVirtual = sum - bVirtual;
        return (a - aVirtual) + (b - bVirtual);
    }

    @Override
    public String toString() {
        return hi + (lo < 0 ? " - " + -lo : " + " + lo);
    }
}
