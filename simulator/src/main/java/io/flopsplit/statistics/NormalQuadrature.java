package io.flopsplit.statistics;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * Expectations over a standard normal variable Z by Gauss–Hermite quadrature: Commons Math's rule
 * for ∫ f(x)·e^(−x²) dx, rescaled to E f(Z) ≈ Σ w_i·f(z_i) with z_i = √2·x_i and w_i summing to 1.
 * Exact for polynomials of degree below 2n; for a smooth f the error falls fast with n.
 */
public final class NormalQuadrature {

    private final double[] nodes;
    private final double[] weights;

    /** The rule of {@code points} nodes (at least 1). */
    public NormalQuadrature(int points) {
        if (points < 1) {
            throw new IllegalArgumentException("points: must be >= 1, was " + points);
        }
        GaussIntegrator hermite = new GaussIntegratorFactory().hermite(points);
        nodes = new double[hermite.getNumberOfPoints()];
        weights = new double[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = hermite.getPoint(i) * Math.sqrt(2);
            weights[i] = hermite.getWeight(i) / Math.sqrt(Math.PI);
        }
    }

    /** Number of nodes. */
    public int size() {
        return nodes.length;
    }

    /** Node i, a value of Z. */
    public double node(int i) {
        return nodes[i];
    }

    /** Weight i; the weights sum to 1. */
    public double weight(int i) {
        return weights[i];
    }
}
