package io.flopsplit.engine.deployment;

import io.flopsplit.arrivals.ArrivalTimes;
import io.flopsplit.arrivals.Arrivals;
import io.flopsplit.compute.Checks;

/**
 * The demand a deployment meets: how many queries arrive, how, over how long, and what happens when
 * the inference budget runs out. Deployment starts when pretraining finishes — the time to deploy
 * comes from the simulated clock — and its window lasts {@link #windowHours} from there (a trial's
 * horizon may cut it short). The tokens of each query are the serving
 * {@link io.flopsplit.inference.Deployment}'s, not repeated here.
 *
 * <p>Real deployments serve billions of queries; a trial simulates far fewer. Each simulated query
 * stands for {@link #queryWeight} = w real ones, and is charged the FLOPs of all w: the
 * cost of inference is exact, and only the sampling of problems and outcomes is thinned.
 *
 * @param expectedQueries the expected number of simulated queries over the window, in
 *     [0, {@value #MAX_EXPECTED_QUERIES}]
 * @param queryWeight w &gt; 0, real queries each simulated query stands for
 * @param windowHours how long the deployment lasts, hours &gt; 0
 * @param arrivals how queries arrive over the window
 * @param exhaustion what a query gets when the inference budget cannot pay for it
 */
public record Demand(double expectedQueries, double queryWeight, double windowHours, Arrivals arrivals,
                     Exhaustion exhaustion) {

    /**
     * The most simulated queries a trial may expect. A trial keeps each served query's FLOPs for
     * exact percentiles (8 bytes a query); ~10^4 is the intended scale, and a larger volume is
     * better carried by the weight.
     */
    public static final double MAX_EXPECTED_QUERIES = ArrivalTimes.MAX_EXPECTED_ARRIVALS;

    public Demand {
        Checks.inRange("expectedQueries", expectedQueries, 0, MAX_EXPECTED_QUERIES);
        Checks.positive("queryWeight", queryWeight);
        Checks.positive("windowHours", windowHours);
        Checks.present("arrivals", arrivals);
        Checks.present("exhaustion", exhaustion);
    }

    /** A homogeneous Poisson demand. */
    public static Demand poisson(double expectedQueries, double queryWeight, double windowHours, Exhaustion exhaustion) {
        return new Demand(expectedQueries, queryWeight, windowHours, Arrivals.poisson(), exhaustion);
    }

    /**
     * The demand of {@code realQueries} expected real queries simulated by {@code simulatedQueries}
     * queries, each standing for realQueries / simulatedQueries of them.
     */
    public static Demand ofRealQueries(double realQueries, double simulatedQueries, double windowHours,
                                       Arrivals arrivals, Exhaustion exhaustion) {
        Checks.positive("realQueries", realQueries);
        Checks.positive("simulatedQueries", simulatedQueries);
        double weight = Checks.positive("realQueries / simulatedQueries", realQueries / simulatedQueries);
        return new Demand(simulatedQueries, weight, windowHours, arrivals, exhaustion);
    }

    /** The expected number of real queries over the window: expectedQueries × w. */
    public double expectedRealQueries() {
        return expectedQueries * queryWeight;
    }

    /** The same demand with another rule for an exhausted budget. */
    public Demand withExhaustion(Exhaustion other) {
        return new Demand(expectedQueries, queryWeight, windowHours, arrivals, other);
    }
}
