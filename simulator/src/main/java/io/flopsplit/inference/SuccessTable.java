package io.flopsplit.inference;

import io.flopsplit.compute.Checks;
import io.flopsplit.random.RandomStreams;
import io.flopsplit.random.TrialStreams;
import io.flopsplit.tasks.Problem;
import java.util.Arrays;
import org.apache.commons.math3.analysis.interpolation.SplineInterpolator;
import org.apache.commons.math3.analysis.polynomials.PolynomialSplineFunction;
import java.util.stream.IntStream;

/**
 * A strategy's success s(p) at one budget computed at the nodes of an equally spaced grid of
 * z = logit p, for strategies whose success has no closed form: estimated by Monte Carlo, or exact
 * but too costly per problem (beam search's chains). Every such strategy depends on a problem only
 * through p (the verifier's separation is a function of p; answers, step difficulties and score
 * effects are integrated out), so one set of nodes serves every problem, model and suite with the
 * same distractors. Between nodes s is a natural cubic spline in z (Commons Math), so that it is
 * smooth and the one tabulation of success curves, {@code io.flopsplit.tabulation.SuccessCurve},
 * can tabulate it like any other strategy's; below the grid s ∝ p (a problem this hard is solved
 * only when some sample reaches the right answer, and samples reach it independently), above it s
 * is the last node's (it need not reach 1: exploits).
 *
 * <p>Node j's Monte Carlo uses the streams of trial j of {@link RandomStreams} seeded with
 * {@link #SEED} — samples, verifier scores and difficulty estimates each from its own purpose — the
 * same for every strategy, budget and constant (common random numbers: tables are smooth in their
 * constants and in k), and whatever the thread count: nodes are built in parallel, each from its own
 * streams. A node's standard error is at most 0.5/√reps. Because a table is a pure function of its
 * model, grid, reps, seed and budget, the release ships the tables of the defaults
 * ({@link ShippedTables}) and they equal freshly built ones bit for bit.
 */
final class SuccessTable {

    /** The master seed of every table's streams (documented so that a table can be rebuilt exactly). */
    static final long SEED = 20_240_803L;

    /** One simulated query at a node: whether it succeeds. */
    @FunctionalInterface
    interface Query {
        boolean succeeds(double p, double logitP, QueryStreams streams);
    }

    /**
     * The grid of a table.
     *
     * @param zMin the first node's logit p
     * @param step spacing in logit p
     * @param nodes number of nodes
     * @param reps simulated queries per node
     */
    record Grid(double zMin, double step, int nodes, int reps) {
        Grid {
            Checks.finite("zMin", zMin);
            Checks.positive("step", step);
            if (nodes < 2 || reps < 1) {
                throw new IllegalArgumentException("nodes, reps: must be >= 2 and >= 1, was " + nodes + ", " + reps);
            }
        }

        double z(int j) {
            return zMin + j * step;
        }

        double zMax() {
            return z(nodes - 1);
        }
    }

    private final Grid grid;
    private final double[] values;
    private final PolynomialSplineFunction spline;

    private SuccessTable(Grid grid, double[] values) {
        this.grid = grid;
        this.values = values;
        double[] z = new double[values.length];
        Arrays.setAll(z, grid::z);
        this.spline = new SplineInterpolator().interpolate(z, values);
    }

    /** The table of {@code query} on {@code grid}: the share of {@code grid.reps()} queries that succeed at each node. */
    static SuccessTable simulate(Grid grid, Query query) {
        return simulate(grid, grid.reps(), query);
    }

    /**
     * The table of {@code query} on {@code grid} from {@code reps} queries per node, at least the
     * grid's (a strategy may spend more where its queries are cheap); the first {@code grid.reps()}
     * are the same queries as {@link #simulate(Grid, Query)}'s.
     */
    static SuccessTable simulate(Grid grid, int reps, Query query) {
        if (reps < grid.reps()) {
            throw new IllegalArgumentException("reps: must be at least the grid's " + grid.reps() + ", was " + reps);
        }
        TrialStreams[] streams = streams(grid.nodes());
        double[] values = IntStream.range(0, grid.nodes()).parallel().mapToDouble(j -> {
            double z = grid.z(j);
            double p = Problem.sigmoid(z);
            TrialStreams node = streams[j];
            QueryStreams draws = QueryStreams.of(node);
            int wins = 0;
            for (int r = 0; r < reps; r++) {
                wins += query.succeeds(p, z, draws) ? 1 : 0;
            }
            return (double) wins / reps;
        }).toArray();
        return new SuccessTable(grid, values);
    }

    /** A table of known values (for success computed exactly at each node). */
    static SuccessTable of(Grid grid, double[] values) {
        if (values.length != grid.nodes()) {
            throw new IllegalArgumentException("values: must have " + grid.nodes() + " entries, was " + values.length);
        }
        for (double v : values) {
            Checks.probability("values", v);
        }
        return new SuccessTable(grid, values.clone());
    }

    private static TrialStreams[] streams(int nodes) {
        RandomStreams master = new RandomStreams(SEED);
        TrialStreams[] streams = new TrialStreams[nodes];
        for (int j = 0; j < nodes; j++) {
            streams[j] = master.next();
        }
        return streams;
    }

    /** s at logit p (not clamped: a spline through noisy nodes may stray a little outside [0, 1]). */
    double at(double logitP) {
        if (logitP <= grid.zMin()) {
            return values[0] * Math.exp(logitP - grid.zMin()) * (1 + Math.exp(grid.zMin()))
                    / (1 + Math.exp(logitP));
        }
        if (logitP >= grid.zMax()) {
            return values[values.length - 1];
        }
        return spline.value(logitP);
    }

    /** The node values, for tests and checks. */
    double[] values() {
        return values.clone();
    }

    Grid grid() {
        return grid;
    }

    /** The pointwise mixture (1 − t)·this + t·other on the same grid: interpolation between two budgets. */
    SuccessTable mix(SuccessTable other, double t) {
        if (!grid.equals(other.grid)) {
            throw new IllegalArgumentException("other: must share the grid " + grid + ", was " + other.grid);
        }
        double[] mixed = new double[values.length];
        Arrays.setAll(mixed, j -> (1 - t) * values[j] + t * other.values[j]);
        return new SuccessTable(grid, mixed);
    }
}
