package io.flopsplit.uncertainty;

import io.flopsplit.compute.Checks;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Correlated normal uncertainty, for the constants of a fitted law: means, standard errors and a
 * correlation matrix (e.g. the Epoch replication's fit of the Chinchilla form, Besiroglu et al.
 * 2024, arXiv 2404.10102, with its standard errors). Draws are mean + L·z with L the Cholesky factor
 * of the covariance diag(sd)·R·diag(sd) and z standard normal.
 */
public final class MultivariateNormal {

    private final List<String> names;
    private final double[] means;
    private final double[] sds;
    private final double[][] lower;

    /**
     * @param names the constants' names, for messages and reports
     * @param means their means
     * @param sds their standard deviations (≥ 0; 0 fixes a constant)
     * @param correlations a symmetric correlation matrix with unit diagonal, positive-definite over
     *     the constants whose sd is positive
     */
    public MultivariateNormal(List<String> names, double[] means, double[] sds, double[][] correlations) {
        int size = names.size();
        if (size == 0 || means.length != size || sds.length != size || correlations.length != size) {
            throw new IllegalArgumentException("correlations: sizes differ: " + size + " names, " + means.length
                    + " means, " + sds.length + " standard deviations, " + correlations.length + " matrix rows");
        }
        this.names = List.copyOf(names);
        this.means = means.clone();
        this.sds = sds.clone();
        for (int i = 0; i < size; i++) {
            Checks.finite(names.get(i) + ".mean", means[i]);
            Checks.nonNegative(names.get(i) + ".sd", sds[i]);
        }
        this.lower = choleskyOfCovariance(correlations);
    }

    /**
     * The Cholesky factor L of the covariance diag(sd)·R·diag(sd), as diag(sd)·L_R with L_R the
     * factor of the correlations among the constants whose sd is positive: positive-definiteness is a
     * property of the correlations, whatever the scale of the standard deviations (a factor of the
     * covariance itself refused an sd of 1e-7 as "not positive-definite", its variance being below
     * the decomposition's threshold). Rows of constants with sd = 0 are zero: their draws stay at
     * the mean.
     */
    private double[][] choleskyOfCovariance(double[][] correlations) {
        int size = names.size();
        for (int i = 0; i < size; i++) {
            if (correlations[i].length != size) {
                throw new IllegalArgumentException("correlations: row " + (i + 1) + " has " + correlations[i].length
                        + " entries, expected " + size);
            }
            for (int j = 0; j < size; j++) {
                double r = Checks.inRange("correlations[" + names.get(i) + "][" + names.get(j) + "]",
                        correlations[i][j], -1, 1);
                if (i == j && r != 1) {
                    throw new IllegalArgumentException("correlations: the diagonal must be 1, was " + Checks.show(r)
                            + " for " + names.get(i));
                }
                if (r != correlations[j][i]) {
                    throw new IllegalArgumentException("correlations: must be symmetric, differs at "
                            + names.get(i) + "/" + names.get(j));
                }
            }
        }
        int[] uncertain = IntStream.range(0, size).filter(i -> sds[i] > 0).toArray();
        double[][] lower = new double[size][size];
        if (uncertain.length == 0) {
            return lower;
        }
        double[][] among = new double[uncertain.length][uncertain.length];
        for (int a = 0; a < uncertain.length; a++) {
            for (int b = 0; b < uncertain.length; b++) {
                among[a][b] = correlations[uncertain[a]][uncertain[b]];
            }
        }
        double[][] factor;
        try {
            factor = new CholeskyDecomposition(MatrixUtils.createRealMatrix(among), 1e-12, 1e-12).getL().getData();
        } catch (NonPositiveDefiniteMatrixException e) {
            throw new IllegalArgumentException("correlations: must form a positive-definite matrix");
        }
        for (int a = 0; a < uncertain.length; a++) {
            for (int b = 0; b <= a; b++) {
                lower[uncertain[a]][uncertain[b]] = sds[uncertain[a]] * factor[a][b];
            }
        }
        return lower;
    }

    /** The constants' names. */
    public List<String> names() {
        return names;
    }

    /** The means, in the order of {@link #names()}. */
    public double[] means() {
        return means.clone();
    }

    /** One joint draw, in the order of {@link #names()}. */
    public double[] sample(UniformRandomProvider random) {
        ZigguratSampler.NormalizedGaussian gaussian = ZigguratSampler.NormalizedGaussian.of(random);
        int size = means.length;
        double[] z = new double[size];
        for (int i = 0; i < size; i++) {
            z[i] = gaussian.sample();
        }
        double[] draw = new double[size];
        for (int i = 0; i < size; i++) {
            double value = means[i];
            for (int j = 0; j <= i; j++) {
                value += lower[i][j] * z[j];
            }
            draw[i] = value;
        }
        return draw;
    }
}
