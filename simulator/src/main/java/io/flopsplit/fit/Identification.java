package io.flopsplit.fit;

import io.flopsplit.compute.NumberText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Whether runs can identify the five constants. Structurally, E + A/N^α is only seen at the
 * distinct model sizes and E + B/D^β at the distinct token counts: with fewer than three of either,
 * a one-parameter family of constants fits equally well; five constants need more than five runs;
 * and when every run has log D = c + k·log N (one tokens-per-parameter ratio, say) the two power
 * laws are only seen along one line. Past these, the fit is reported as poorly identified when the
 * Jacobian of the predicted log-losses with respect to the constants, its columns scaled to unit
 * length, is nearly singular (well-spread sweeps give condition numbers near 10²), or when a
 * constant's bootstrap interval spans more than a factor of ten.
 */
final class Identification {

    /** Fewest distinct model sizes, and fewest distinct token counts, that identify the form. */
    static final int MIN_DISTINCT = 3;
    /** Fewest runs: one more than the constants. */
    static final int MIN_RUNS = LogConstants.COUNT + 1;
    /** Condition number of the scaled Jacobian above which the fit is reported as poorly identified. */
    static final double MAX_CONDITION = 1e4;
    /** Ratio of a constant's interval bounds above which the runs do not pin it down. */
    static final double MAX_SPAN = 10;

    private static final List<String> NAMES = List.of("A", "B", "E", "alpha", "beta");

    private Identification() {
    }

    /** Why {@code runs} cannot identify the constants, if they cannot. */
    static Optional<String> structuralProblem(List<Run> runs) {
        if (runs.size() < MIN_RUNS) {
            return Optional.of(runs.size() + " runs cannot identify 5 constants (E, A, B, alpha, beta): at least "
                    + MIN_RUNS + " are needed");
        }
        return distinct(runs, Run::params, "model size", "parameters", "A, alpha and E")
                .or(() -> distinct(runs, Run::tokens, "token count", "tokens", "B, beta and E"))
                .or(() -> collinear(runs));
    }

    private static Optional<String> collinear(List<Run> runs) {
        double meanX = 0;
        double meanY = 0;
        for (Run run : runs) {
            meanX += Math.log(run.params()) / runs.size();
            meanY += Math.log(run.tokens()) / runs.size();
        }
        double xx = 0;
        double yy = 0;
        double xy = 0;
        for (Run run : runs) {
            double x = Math.log(run.params()) - meanX;
            double y = Math.log(run.tokens()) - meanY;
            xx += x * x;
            yy += y * y;
            xy += x * y;
        }
        if (xx * yy - xy * xy > 1e-12 * xx * yy) {
            return Optional.empty();
        }
        return Optional.of("model size and tokens vary together (every run has log D = c + k·log N, as with one"
                + " tokens-per-parameter ratio), so the A/N^alpha and B/D^beta terms cannot be told apart: the fit is"
                + " not identified; train some sizes on several token counts");
    }

    /** The constants whose interval spans more than {@link #MAX_SPAN}, as a warning, if any. */
    static Optional<String> unpinned(List<Estimate> constants) {
        List<String> names = new ArrayList<>();
        for (Estimate estimate : constants) {
            if (!(estimate.low() > 0 && estimate.high() <= MAX_SPAN * estimate.low())) {
                names.add(estimate.quantity().name());
            }
        }
        if (names.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("the runs do not pin down " + String.join(", ", names) + ": "
                + (names.size() == 1 ? "its bootstrap interval spans" : "the bootstrap interval of each spans")
                + " more than a factor of " + NumberText.exact(MAX_SPAN) + "; the fit is not identified there,"
                + " and those numbers mean little");
    }

    private static Optional<String> distinct(List<Run> runs, ToDoubleFunction<Run> value, String what, String unit,
                                             String confounded) {
        TreeSet<Double> values = new TreeSet<>();
        runs.forEach(run -> values.add(value.applyAsDouble(run)));
        if (values.size() >= MIN_DISTINCT) {
            return Optional.empty();
        }
        List<String> shown = values.stream().map(v -> NumberText.significant(v, 5)).toList();
        String have = values.size() == 1 ? "all runs have the same " + what + " (" + shown.get(0) + " " + unit + ")"
                : "the runs have only " + values.size() + " distinct " + what + "s (" + String.join(", ", shown) + ")";
        return Optional.of(have + ", so " + confounded + " cannot be told apart: the fit is not identified;"
                + " at least " + MIN_DISTINCT + " distinct " + what + "s are needed");
    }

    /** The fit's conditioning at {@code constants}. */
    static Conditioning conditioning(HuberObjective objective, LogConstants constants) {
        double[][] jacobian = objective.predictionJacobian(constants);
        for (int k = 0; k < LogConstants.COUNT; k++) {
            double norm = 0;
            for (double[] row : jacobian) {
                norm += row[k] * row[k];
            }
            norm = Math.sqrt(norm);
            for (double[] row : jacobian) {
                row[k] = norm > 0 ? row[k] / norm : 0;
            }
        }
        RealMatrix scaled = MatrixUtils.createRealMatrix(jacobian);
        SingularValueDecomposition svd = new SingularValueDecomposition(scaled);
        double[] singular = svd.getSingularValues();
        double smallest = singular[singular.length - 1];
        double condition = smallest > 0 ? singular[0] / smallest : Double.POSITIVE_INFINITY;
        double[] weakest = svd.getV().getColumn(singular.length - 1);
        List<String> involved = new ArrayList<>();
        for (int k = 0; k < weakest.length; k++) {
            if (Math.abs(weakest[k]) >= 0.3) {
                involved.add(NAMES.get(k));
            }
        }
        return new Conditioning(condition, involved);
    }

    /**
     * How well the runs pin the constants down near the fit.
     *
     * @param condition the condition number of the scaled Jacobian (infinite when singular)
     * @param weakest the constants that move together along the least constrained direction
     */
    record Conditioning(double condition, List<String> weakest) {

        /** Whether the fit is poorly identified. */
        boolean poor() {
            return !(condition <= MAX_CONDITION);
        }

        /** A sentence for users, when poorly identified. */
        String warning() {
            String number = Double.isFinite(condition) ? NumberText.significant(condition, 2) : "infinite";
            return "the fit is poorly identified: the runs barely constrain a combination of "
                    + String.join(", ", weakest) + " (condition number " + number + ", above "
                    + NumberText.significant(MAX_CONDITION, 2) + "); expect wide intervals and an unreliable"
                    + " point estimate; runs over a wider range of sizes and token counts help";
        }
    }
}
