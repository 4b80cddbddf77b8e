package io.flopsplit.inference;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ChengBetaSampler;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.numbers.gamma.Erfc;

/**
 * Exact random draws in bulk, from a stream the caller passes in: a whole batch of attempts is
 * summarised by one binomial or geometric draw instead of one uniform per attempt.
 *
 * <p>Binomial(n, p) uses the waiting-time method (one geometric jump per success) when n or the
 * mean n·min(p, 1 − p) is small, and otherwise the exact recursive order-statistic split of Knuth
 * (TAOCP vol. 2, §3.4.1, Ex. 27: the median of n uniforms is Beta-distributed) until it is, so its
 * cost is O(log n + 64) draws.
 */
public final class Draws {

    private static final int SPLIT_ABOVE = 64;

    private Draws() {
    }

    /** A uniform in (0, 1], safe to take the logarithm of. */
    static double openUniform(UniformRandomProvider rng) {
        return 1 - rng.nextDouble();
    }

    /** A Bernoulli(p) draw. */
    public static boolean bernoulli(UniformRandomProvider rng, double p) {
        return rng.nextDouble() < p;
    }

    /**
     * Failures before the first success of Bernoulli(p) trials, from one uniform; Long.MAX_VALUE
     * when p = 0. P(result &gt;= g) = (1 − p)^g.
     */
    public static long failuresBeforeSuccess(UniformRandomProvider rng, double p) {
        if (p >= 1) {
            return 0;
        }
        if (p <= 0) {
            return Long.MAX_VALUE;
        }
        double g = Math.floor(Math.log(openUniform(rng)) / Math.log1p(-p));
        return g >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) g;
    }

    /**
     * How many of {@code draws} items taken without replacement from {@code population}, of which
     * {@code successes} are marked, are marked: an exact hypergeometric draw, one uniform per item taken.
     */
    public static int hypergeometric(UniformRandomProvider rng, int population, int successes, int draws) {
        int marked = 0;
        int left = population;
        int markedLeft = successes;
        for (int i = 0; i < draws && markedLeft > 0; i++, left--) {
            if (rng.nextInt(left) < markedLeft) {
                marked++;
                markedLeft--;
            }
        }
        return marked;
    }

    /** The work of a Beta draw (Cheng's algorithm) with its arithmetic, in uniform draws. */
    static final double BETA_DRAW_WORK = 10;

    /**
     * About the work of one {@link #binomial} draw of n trials, in uniform draws: at most 64 geometric
     * jumps below the split, and one Beta draw per halving above it.
     */
    public static double binomialWork(int n) {
        if (n <= SPLIT_ABOVE) {
            return 1 + Math.max(0, n);
        }
        return SPLIT_ABOVE + 1 + BETA_DRAW_WORK * Math.ceil(Math.log((double) n / SPLIT_ABOVE) / Math.log(2));
    }

    /** An exact Binomial(n, p) draw. */
    public static int binomial(UniformRandomProvider rng, int n, double p) {
        if (n <= 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        if (p > 0.5) {
            return n - binomial(rng, n, 1 - p);
        }
        if (n > SPLIT_ABOVE && n * p > SPLIT_ABOVE / 2.0) {
            int a = 1 + n / 2;
            double median = ChengBetaSampler.of(rng, a, n + 1 - a).sample();
            return median < p ? a + binomial(rng, n - a, (p - median) / (1 - median))
                    : binomial(rng, a - 1, p / median);
        }
        int successes = 0;
        long position = failuresBeforeSuccess(rng, p);
        while (position < n) {
            successes++;
            position += 1 + failuresBeforeSuccess(rng, p);
        }
        return successes;
    }

    /** The maximum of n independent standard normals, from one uniform: −Φ^-1(1 − U^(1/n)) computed in the tail. */
    public static double maxOfNormals(UniformRandomProvider rng, int n) {
        double tail = -Math.expm1(Math.log(openUniform(rng)) / n);
        return -inverseNormalCdf(Math.max(tail, Double.MIN_NORMAL));
    }

    /** Φ^-1(u) for u in (0, 1). */
    static double inverseNormalCdf(double u) {
        return Math.sqrt(2) * Erf.erfInv(2 * u - 1);
    }

    /**
     * Φ̄(x) = 1 − Φ(x), accurate in the upper tail: Commons Numbers' erfc (Boost's rational
     * approximations, within a few ulp), several times faster than Commons Math's, which goes through
     * the regularised incomplete gamma function's continued fraction.
     */
    static double normalSurvival(double x) {
        return 0.5 * Erfc.value(x / Math.sqrt(2));
    }

    /**
     * Beyond this many sd the normal cdf is 0 or 1 to the last bit: Φ̄(9) ≈ 1.1e-19, far below half
     * an ulp of 1 (2^-54 ≈ 5.6e-17) and of 2 (2^-53).
     */
    static final double SATURATED = 9;

    /**
     * Φ(x) = 1 − Φ̄(x), bit for bit as {@code 1 - normalSurvival(x)}, without evaluating the
     * survival where it cannot change the answer: 1 at x &gt;= {@value #SATURATED} and 0 at
     * x &lt;= −{@value #SATURATED}, where 1 − Φ̄(x) rounds to exactly those values.
     */
    static double normalCdf(double x) {
        if (x >= SATURATED) {
            return 1;
        }
        if (x <= -SATURATED) {
            return 0;
        }
        return 1 - normalSurvival(x);
    }

    /** φ(x), the standard normal density. */
    static double normalDensity(double x) {
        return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
    }
}
