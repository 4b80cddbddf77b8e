package io.flopsplit.uncertainty;

import io.flopsplit.compute.Checks;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
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
     * @param correlations a symmetric correlation matrix with unit diagonal, positive semi-definite
     *     over the constants whose sd is positive
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

    private double[][] choleskyOfCovariance(double[][] correlations) {
        int size = names.size();
        double[][] covariance = new double[size][size];
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
                // A tiny ridge keeps constants with sd = 0 decomposable; their draws stay at the mean.
                covariance[i][j] = r * sds[i] * sds[j] + (i == j && sds[i] == 0 ? 1 : 0);
            }
        }
        try {
            RealMatrix factor = new CholeskyDecomposition(MatrixUtils.createRealMatrix(covariance), 1e-12, 1e-12).getL();
            double[][] l = factor.getData();
            for (int i = 0; i < size; i++) {
                if (sds[i] == 0) {
                    Arrays.fill(l[i], 0);
                }
            }
            return l;
        } catch (NonPositiveDefiniteMatrixException e) {
            throw new IllegalArgumentException("correlations: must form a positive-definite matrix");
        }
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
