/**
 * Test-time compute: strategies with their FLOPs per query, their success on a
 * problem (analytic where a closed form exists) and samplers that draw outcomes in bulk from a
 * stream passed in; the unbiased pass@k estimator; the adaptive per-difficulty planner of Snell et
 * al. 2024; and the FLOPs-matched small-versus-large comparison. Depends on {@code compute},
 * {@code laws} and {@code tasks}.
 */
package io.flopsplit.inference;
