package io.flopsplit.montecarlo;

import io.flopsplit.random.TrialStreams;
import io.flopsplit.trial.Metric;
import java.util.List;

/**
 * What a Monte Carlo run compares: named contestants, the metrics each trial reports for each of
 * them, and how one contestant plays one trial. Every contestant of a trial is given the same
 * {@link TrialStreams}, so what is not its own decision is drawn identically for all (common random
 * numbers). Implementations must be thread-safe: trials are played concurrently.
 */
public interface Contest {

    /** The contestants' names, in report order. */
    List<String> contestants();

    /** The metrics, in report order. */
    List<Metric> metrics();

    /** The metric that decides which contestant is best in a trial. */
    Metric objective();

    /** Whether a higher objective is better (accuracy) or a lower one (cost). */
    boolean higherIsBetter();


    /**
     * Plays one trial for one contestant and writes one finite value per metric into {@code values}
     * (in the order of {@link #metrics()}).
     */
    void play(TrialStreams streams, int contestant, double[] values);

    /**
     * Plays one trial for every contestant: {@code values[contestant]} as {@link #play} writes it.
     * A contest whose contestants share costly set-up per trial (the world they play in) does it once.
     */
    default void playAll(TrialStreams streams, double[][] values) {
        for (int c = 0; c < values.length; c++) {
            int contestant = c;
            ContestantFailure.attribute(contestant, () -> play(streams, contestant, values[contestant]));
        }
    }
}
