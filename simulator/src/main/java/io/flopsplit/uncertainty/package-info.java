/**
 * Uncertain inputs of a scenario as probability distributions (fixed, normal optionally truncated,
 * lognormal, uniform, triangular, beta, and a multivariate normal for correlated law constants),
 * each a validated record that samples from a random stream it is given.
 */
package io.flopsplit.uncertainty;
