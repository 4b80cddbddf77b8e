package io.flopsplit.inference;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.random.RandomStreams;
import io.flopsplit.tasks.Problem;
import io.flopsplit.tasks.SuitePresets;
import org.junit.jupiter.api.Test;

/**
 * The beam-search simulation itself, where success is rare: the calibration holds beam search below
 * pass@N at the same N, checking it on the tables (S19). With 2,000 queries per node a
 * node of the hardest quintile held two or three successes, and S19 failed there by 0.02 points (N =
 * 6) on noise alone; the tables now simulate more queries at small budgets ({@link BeamQueries#reps}).
 * Simulated with 400,000 queries, a problem of p = σ(−8) ≈ 3.4e-4 at N = 6 is solved at about 0.84
 * times pass@6.
 */
class BeamQueriesTest {

    private static final int QUERIES = 400_000;
    private static final double LOGIT_P = -8;
    private static final int N = 6;

    /** Mean success and its standard error over {@link #QUERIES} simulated queries. */
    private static double[] simulate(StrategyParameters parameters) {
        BeamSearch beam = (BeamSearch) Strategies.create(BeamSearch.ID, parameters, 8e9);
        BeamQueries queries = new BeamQueries(beam, SuitePresets.resolve("snell-math").distractors().shares());
        QueryStreams streams = QueryStreams.of(new RandomStreams(20_261_128L).next());
        int wins = 0;
        for (int r = 0; r < QUERIES; r++) {
            wins += queries.succeeds(LOGIT_P, N, beam.beams(N), streams) ? 1 : 0;
        }
        double mean = (double) wins / QUERIES;
        return new double[] {mean, Math.sqrt(mean * (1 - mean) / QUERIES)};
    }

    private static double passAtN() {
        return 1 - Math.pow(1 - Problem.sigmoid(LOGIT_P), N);
    }

    @Test
    void onAHardProblemTheSearchStaysBelowPassAtNByMoreThanItsNoise() {
        double[] beam = simulate(StrategyParameters.defaults());
        assertTrue(beam[0] + 4 * beam[1] < passAtN(), "beam " + beam[0] + " ± " + beam[1] + ", pass@6 " + passAtN());
    }

    /**
     * The check can fail: a PRM as sharp on a hard problem's bottleneck as on its easy steps
     * (separation exponent γ = 0) prunes the wrong steps of its shared part and passes pass@N several
     * times over.
     */
    @Test
    void aPrmThatDoesNotDullOnHardStepsPassesPassAtN() {
        double[] beam = simulate(StrategyParameters.defaults().with(BeamSearch.SEPARATION_EXPONENT, 0.0));
        assertTrue(beam[0] - 4 * beam[1] > passAtN(), "beam " + beam[0] + " ± " + beam[1] + ", pass@6 " + passAtN());
    }
}
