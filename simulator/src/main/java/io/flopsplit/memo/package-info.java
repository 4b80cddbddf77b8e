/**
 * Memoisation of pure, expensive computations (plans, expected accuracies, quadratures, the
 * oracle's search): Monte Carlo runs with fixed inputs ask the same questions in every trial.
 */
package io.flopsplit.memo;
