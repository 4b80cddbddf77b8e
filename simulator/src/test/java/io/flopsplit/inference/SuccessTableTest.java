package io.flopsplit.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.random.RandomStreams;
import io.flopsplit.tasks.Distractors;
import io.flopsplit.tasks.ProblemSet;
import io.flopsplit.tasks.SuitePresets;
import org.junit.jupiter.api.Test;

/**
 * The documented errors of Monte-Carlo success tables: interpolation in logit p between nodes and in
 * ln k between budget nodes, checked against tables simulated at the exact points, on math-like at
 * the 8B model. Node values differ by Monte-Carlo noise (each node's standard error ≤ 0.5/√reps, so
 * a difference of two tables ≤ 0.016 per node at 2,000 reps); a suite's mean, which averages 57
 * independent nodes, must agree within half a point.
 */
class SuccessTableTest {

    private static final Verifier VERIFIER = VerifierPreset.SNELL_PRM.verifier(1);
    private static final Distractors DISTRACTORS = new Distractors(10, SuitePresets.MATH_ZIPF_EXPONENT);
    private static final ProblemSet PROBLEMS = SuitePresets.resolve("math-like").problemsAt(1.9485316);
    private static final double NODE_TOLERANCE = 4 * Math.sqrt(2) * 0.5 / Math.sqrt(VerifierTables.REPS);
    private static final double SUITE_TOLERANCE = 0.005;

    @Test
    void budgetsBetweenNodesAreInterpolatedInLogKWithinMonteCarloError() {
        VerifierQueries queries = new VerifierQueries(VERIFIER, DISTRACTORS.shares(), 8);
        for (int k : new int[] {38, 150}) {
            assertTrue(!BudgetGrid.isNode(k, 100_000), k + " lies between two nodes");
            SuccessTable interpolated = VerifierTables.table(VerifierTables.Selection.WEIGHTED, VERIFIER, 8,
                    DISTRACTORS, k, 100_000);
            SuccessTable exact = SuccessTable.simulate(VerifierTables.GRID,
                    (p, logitP, streams) -> queries.weighted(p, logitP, k, streams));
            compare(interpolated, exact, k + " samples");
        }
    }

    @Test
    void logitsBetweenNodesAreInterpolatedWithinMonteCarloError() {
        int k = 32;
        VerifierQueries queries = new VerifierQueries(VERIFIER, DISTRACTORS.shares(), 8);
        SuccessTable table = VerifierTables.table(VerifierTables.Selection.TOP_SCORE, VERIFIER, 8, DISTRACTORS, k,
                100_000);
        SuccessTable.Grid grid = VerifierTables.GRID;
        SuccessTable.Grid midpoints = new SuccessTable.Grid(grid.zMin() + grid.step() / 2, grid.step(),
                grid.nodes() - 1, grid.reps());
        SuccessTable between = SuccessTable.simulate(midpoints,
                (p, logitP, streams) -> queries.bestOf(p, logitP, k, streams));
        double[] simulated = between.values();
        for (int j = 0; j < simulated.length; j++) {
            assertEquals(simulated[j], table.at(midpoints.z(j)), NODE_TOLERANCE, "z = " + midpoints.z(j));
        }
        assertEquals(PROBLEMS.mean(problem -> between.at(problem.logit())),
                PROBLEMS.mean(problem -> table.at(problem.logit())), SUITE_TOLERANCE);
    }

    @Test
    void tablesArePinnedToTheirSeedAndBehaveInTheTails() {
        SuccessTable.Query query = (p, logitP, streams) -> streams.samples().nextDouble() < p;
        SuccessTable.Grid grid = new SuccessTable.Grid(-4, 1, 9, 500);
        SuccessTable first = SuccessTable.simulate(grid, query);
        assertArrayEquals(first.values(), SuccessTable.simulate(grid, query).values(), 0);
        // below the grid success falls in proportion to p; above it, it stays at the last node
        double p = io.flopsplit.tasks.Problem.sigmoid(-4);
        assertEquals(first.values()[0] * io.flopsplit.tasks.Problem.sigmoid(-30) / p, first.at(-30), 1e-15);
        assertEquals(first.values()[8], first.at(40), 0);
        assertTrue(Double.isFinite(first.at(-1e6)) && first.at(-1e6) >= 0);
    }

    /** Generation never shifts with the verifier: two selections of the same query consume the same samples. */
    @Test
    void verifierDrawsComeFromTheirOwnStream() {
        RandomStreams master = new RandomStreams(3);
        var trial = master.next();
        QueryStreams a = QueryStreams.of(trial);
        QueryStreams b = QueryStreams.of(trial);
        VerifierQueries good = new VerifierQueries(VERIFIER, DISTRACTORS.shares(), 8);
        VerifierQueries poor = new VerifierQueries(VerifierPreset.ARMORM.verifier(1), DISTRACTORS.shares(), 8);
        for (int i = 0; i < 50; i++) {
            good.bestOf(0.3, Math.log(0.3 / 0.7), 64, a);
            poor.bestOf(0.3, Math.log(0.3 / 0.7), 64, b);
        }
        assertEquals(a.samples().nextLong(), b.samples().nextLong(), "the same samples were drawn");
        assertEquals(a.estimates().nextLong(), b.estimates().nextLong(), "no difficulty estimate was drawn");
    }

    private static void compare(SuccessTable table, SuccessTable exact, String what) {
        double[] x = table.values();
        double[] y = exact.values();
        for (int j = 0; j < x.length; j++) {
            assertEquals(y[j], x[j], NODE_TOLERANCE, what + ", node " + j);
        }
        assertEquals(PROBLEMS.mean(problem -> exact.at(problem.logit())),
                PROBLEMS.mean(problem -> table.at(problem.logit())), SUITE_TOLERANCE, what);
    }
}
