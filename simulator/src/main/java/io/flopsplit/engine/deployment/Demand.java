package io.flopsplit.engine.deployment;

import io.flopsplit.arrivals.Arrivals;
import io.flopsplit.arrivals.RealArrivals;
import io.flopsplit.compute.Checks;

/**
 * The demand a deployment meets: how many real queries arrive on average, how, over how long, what
 * happens when the inference budget runs out, and how correct answers are counted. Deployment
 * starts when pretraining finishes — the time to deploy comes from the simulated clock — and its
 * window lasts {@link #windowHours} from there (a trial's horizon may cut it short). The number of
 * real queries R is drawn once per trial, Poisson around {@link #realQueries}; the budget is charged
 * and exhausted on them exactly. The tokens of each query are the serving
 * {@link io.flopsplit.inference.Deployment}'s, not repeated here.
 *
 * @param realQueries Q, the expected number of real queries over the window (the trial's draw when
 *     the scenario makes it uncertain), in [0, {@value RealArrivals#MAX_EXPECTED}]
 * @param simulatedQueries S, at most how many simulated queries stand for the real ones when outcomes
 *     are sampled ({@link Outcomes#SAMPLED}), in [1, {@value #MAX_SIMULATED_QUERIES}]
 * @param windowHours how long the deployment lasts, hours &gt; 0
 * @param arrivals how queries arrive over the window
 * @param exhaustion what a query gets when the inference budget cannot pay for it
 * @param outcomes how correct answers are counted
 */
public record Demand(double realQueries, double simulatedQueries, double windowHours, Arrivals arrivals,
                     Exhaustion exhaustion, Outcomes outcomes) {

    /** The most simulated queries a trial may draw outcomes for. */
    public static final double MAX_SIMULATED_QUERIES = 1e7;

    public Demand {
        Checks.inRange("realQueries", realQueries, 0, RealArrivals.MAX_EXPECTED);
        Checks.inRange("simulatedQueries", simulatedQueries, 1, MAX_SIMULATED_QUERIES);
        Checks.positive("windowHours", windowHours);
        Checks.present("arrivals", arrivals);
        Checks.present("exhaustion", exhaustion);
        Checks.present("outcomes", outcomes);
    }

    /** A homogeneous Poisson demand of {@code realQueries} expected real queries, expected outcomes. */
    public static Demand poisson(double realQueries, double windowHours, Exhaustion exhaustion) {
        return new Demand(realQueries, 1, windowHours, Arrivals.poisson(), exhaustion, Outcomes.EXPECTED);
    }

    /** The number of simulated queries for {@code drawn} real ones: S = min(R, simulatedQueries). */
    public int simulatedFor(long drawn) {
        return (int) Math.min(drawn, (long) Math.floor(simulatedQueries));
    }

    /**
     * Whether a trial with {@code drawn} real queries samples its outcomes: when the scenario says so,
     * or when every real query is simulated one by one (R ≤ simulatedQueries), whose noise is real.
     */
    public boolean samplesOutcomes(long drawn) {
        return outcomes == Outcomes.SAMPLED || drawn <= simulatedQueries;
    }

    /** The same demand with another rule for an exhausted budget. */
    public Demand withExhaustion(Exhaustion other) {
        return new Demand(realQueries, simulatedQueries, windowHours, arrivals, other, outcomes);
    }

    /** The same demand with outcomes counted another way. */
    public Demand withOutcomes(Outcomes other) {
        return new Demand(realQueries, simulatedQueries, windowHours, arrivals, exhaustion, other);
    }
}
