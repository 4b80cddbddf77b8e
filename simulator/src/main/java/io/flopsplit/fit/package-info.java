/**
 * Fitting a Chinchilla-form law L(N, D) = E + A/N^α + B/D^β to a user's own training runs, with
 * bootstrap uncertainty that a scenario's {@code law.uncertainty} can take.
 *
 * <p>The method is Approach 3 of Hoffmann et al. 2022 (arXiv 2203.15556, App. D.2) as corrected by
 * Besiroglu et al. 2024 (arXiv 2404.10102): the Huber loss (δ = 10⁻³) of log-loss residuals, summed
 * over runs, minimised over (log A, log B, log E, α, β) in the log-sum-exp form from a grid of
 * starting points, keeping the best; a nonparametric bootstrap over runs gives standard errors,
 * correlations and percentile intervals of the constants and of the compute-optimal allocation
 * (Hoffmann et al. Eq. 4). Depends on {@code compute}, {@code laws}, {@code optimum},
 * {@code random} and {@code statistics} only.
 */
package io.flopsplit.fit;
