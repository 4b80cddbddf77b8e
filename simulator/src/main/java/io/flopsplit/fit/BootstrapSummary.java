package io.flopsplit.fit;

import io.flopsplit.laws.ChinchillaLaw;
import io.flopsplit.statistics.RunningMoments;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * What the bootstrap replicates say about each quantity: the standard deviation of the replicates
 * (the bootstrap standard error; Welford accumulation in resample order), their percentile interval
 * (Commons Math's {@code Percentile}, definition R-7, the one NumPy uses) and the Pearson
 * correlations of the five constants. A replicate whose quantities are not all finite counts as
 * failed, like one that could not be fitted.
 *
 * @param estimates one per quantity, in order
 * @param correlations the correlations of E, A, B, alpha, beta across the replicates (a constant
 *     that does not vary has correlation 0 with the others)
 * @param failed how many resamples gave no usable replicate
 */
record BootstrapSummary(List<Estimate> estimates, double[][] correlations, int failed) {

    /** Fewest usable replicates behind a summary. */
    static final int MIN_REPLICATES = 10;

    static BootstrapSummary of(List<Quantity> quantities, ChinchillaLaw fitted,
                               List<Optional<ChinchillaLaw>> replicates, double level) {
        if (quantities.size() < Quantity.CONSTANTS.size()
                || !quantities.subList(0, Quantity.CONSTANTS.size()).equals(Quantity.CONSTANTS)) {
            throw new IllegalArgumentException("quantities: must start with the five constants");
        }
        List<double[]> rows = new ArrayList<>();
        for (Optional<ChinchillaLaw> replicate : replicates) {
            replicate.flatMap(law -> values(quantities, law)).ifPresent(rows::add);
        }
        int failed = replicates.size() - rows.size();
        if (rows.size() < MIN_REPLICATES) {
            throw new IllegalArgumentException("the bootstrap failed: only " + rows.size() + " of " + replicates.size()
                    + " resamples could be fitted; the runs do not identify the constants");
        }
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        List<Estimate> estimates = new ArrayList<>();
        for (int q = 0; q < quantities.size(); q++) {
            double[] column = column(rows, q);
            RunningMoments moments = new RunningMoments();
            for (double value : column) {
                moments.add(value);
            }
            percentile.setData(column);
            estimates.add(new Estimate(quantities.get(q), quantities.get(q).of(fitted), Math.sqrt(moments.variance()),
                    percentile.evaluate(50 * (1 - level)), percentile.evaluate(50 * (1 + level))));
        }
        return new BootstrapSummary(estimates, correlations(rows), failed);
    }

    private static Optional<double[]> values(List<Quantity> quantities, ChinchillaLaw law) {
        double[] values = new double[quantities.size()];
        try {
            for (int q = 0; q < values.length; q++) {
                values[q] = quantities.get(q).of(law);
                if (!Double.isFinite(values[q])) {
                    return Optional.empty();
                }
            }
        } catch (IllegalArgumentException overflow) {
            return Optional.empty();
        }
        return Optional.of(values);
    }

    private static double[] column(List<double[]> rows, int q) {
        double[] column = new double[rows.size()];
        for (int i = 0; i < column.length; i++) {
            column[i] = rows.get(i)[q];
        }
        return column;
    }

    private static double[][] correlations(List<double[]> rows) {
        int size = Quantity.CONSTANTS.size();
        double[][] data = new double[rows.size()][size];
        for (int i = 0; i < data.length; i++) {
            System.arraycopy(rows.get(i), 0, data[i], 0, size);
        }
        double[][] pearson = new PearsonsCorrelation(data).getCorrelationMatrix().getData();
        double[][] correlations = new double[size][size];
        for (int i = 0; i < size; i++) {
            correlations[i][i] = 1;
            for (int j = i + 1; j < size; j++) {
                double r = Double.isFinite(pearson[i][j]) ? Math.max(-1, Math.min(1, pearson[i][j])) : 0;
                correlations[i][j] = r;
                correlations[j][i] = r;
            }
        }
        return correlations;
    }
}
