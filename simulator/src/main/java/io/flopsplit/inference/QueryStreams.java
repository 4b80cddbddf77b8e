package io.flopsplit.inference;

import io.flopsplit.compute.Checks;
import io.flopsplit.random.Purpose;
import io.flopsplit.random.TrialStreams;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The random streams one query's sampler draws from, one per purpose, so that common random numbers
 * hold purpose by purpose: generation (which answers are sampled, search steps, revisions) from
 * {@link Purpose#SAMPLES}, the scores of verifiers and process reward models from
 * {@link Purpose#VERIFIER_SCORES}, the adaptive planner's difficulty probes from
 * {@link Purpose#DIFFICULTY_ESTIMATES}. Two strategies that differ only in their verifier see the
 * same samples.
 *
 * @param samples generation
 * @param scores verifier and PRM scores
 * @param estimates difficulty estimates
 */
public record QueryStreams(UniformRandomProvider samples, UniformRandomProvider scores,
        UniformRandomProvider estimates) {

    public QueryStreams {
        Checks.present("samples", samples);
        Checks.present("scores", scores);
        Checks.present("estimates", estimates);
    }

    /** The trial's streams for each purpose. */
    public static QueryStreams of(TrialStreams streams) {
        return new QueryStreams(streams.stream(Purpose.SAMPLES), streams.stream(Purpose.VERIFIER_SCORES),
                streams.stream(Purpose.DIFFICULTY_ESTIMATES));
    }
}
