/**
 * Statistics for Monte Carlo results and the models: streaming accumulators whose memory does not
 * grow with the number of trials and that combine across threads, the confidence intervals built
 * on them, and the Gauss–Hermite rule for expectations over a normal variable.
 */
package io.flopsplit.statistics;
