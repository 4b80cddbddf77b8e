package io.flopsplit.inference;

import io.flopsplit.tasks.Distractors;
import io.flopsplit.tasks.Problem;

/**
 * The success tables of the two selections over k independent samples scored by a {@link Verifier}
 * ({@link BestOfKVerifier}, {@link WeightedBestOfK}): z = logit p from {@value #Z_MIN} to
 * {@value #Z_MAX} in steps of {@value #Z_STEP} (success rises from 0 where p ≈ 1/k, so down to
 * p ≈ 1e-7 for k = 10⁵), {@value #REPS} queries per node (standard error ≤ 1.1 points per node, far
 * less on a suite's mean); at k = 1 success is exactly p·(1 − e), e the chance the one sample holds
 * an exploit.
 */
final class VerifierTables {

    static final double Z_MIN = -16;
    static final double Z_MAX = 12;
    static final double Z_STEP = 0.5;
    static final int REPS = 2000;
    static final SuccessTable.Grid GRID = new SuccessTable.Grid(Z_MIN, Z_STEP, (int) ((Z_MAX - Z_MIN) / Z_STEP) + 1,
            REPS);

    /** Which selection. */
    enum Selection {
        /** The top-scored sample's answer ({@link VerifierQueries#bestOf}). */
        TOP_SCORE {
            @Override
            boolean succeeds(VerifierQueries queries, double p, double logitP, int k, QueryStreams streams) {
                return queries.bestOf(p, logitP, k, streams);
            }
        },
        /** The answer with the largest summed weight ({@link VerifierQueries#weighted}). */
        WEIGHTED {
            @Override
            boolean succeeds(VerifierQueries queries, double p, double logitP, int k, QueryStreams streams) {
                return queries.weighted(p, logitP, k, streams);
            }
        };

        /** Whether one simulated query of k samples on a problem of pass@1 p (logit logitP) ends right. */
        abstract boolean succeeds(VerifierQueries queries, double p, double logitP, int k, QueryStreams streams);
    }

    /** A table's model: the selection, the scorer, the steps per sample, the distractors. */
    private record Model(Selection selection, Verifier scoring, int steps, Distractors distractors) {
    }

    private VerifierTables() {
    }

    /**
     * The computation: {@link VerifierQueries}, which sums weights exactly up to
     * {@value VerifierQueries#EXACT_SUM_UP_TO} samples per answer.
     */
    private static final String METHOD = "verifier-queries(exactSumUpTo=" + VerifierQueries.EXACT_SUM_UP_TO + ")";

    /** The tables of {@code selection} with this scorer on these distractors, at nodes up to {@code largest}. */
    static TableFamily family(Selection selection, Verifier verifier, int steps, Distractors distractors, int largest) {
        Model model = new Model(selection, verifier.scoring(), steps, distractors);
        return new TableFamily(METHOD, model, GRID, largest, node -> build(model, node));
    }

    /** The success table of {@code selection} at budget k. */
    static SuccessTable table(Selection selection, Verifier verifier, int steps, Distractors distractors, int k,
            int largest) {
        return BudgetGrid.table(family(selection, verifier, steps, distractors, largest), k);
    }

    private static SuccessTable build(Model model, int k) {
        VerifierQueries queries = new VerifierQueries(model.scoring(), model.distractors().shares(), model.steps());
        if (k == 1) {
            double keep = 1 - model.scoring().exploitPerSample(model.steps());
            double[] values = new double[GRID.nodes()];
            for (int j = 0; j < values.length; j++) {
                values[j] = Problem.sigmoid(GRID.z(j)) * keep;
            }
            return SuccessTable.of(GRID, values);
        }
        return SuccessTable.simulate(GRID, (p, logitP, streams) -> model.selection().succeeds(queries, p, logitP, k,
                streams));
    }
}
