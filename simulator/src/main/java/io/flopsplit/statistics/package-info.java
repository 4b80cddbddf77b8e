/**
 * Streaming statistics for Monte Carlo results: accumulators whose memory does not grow with the
 * number of trials and that combine across threads, and the confidence intervals built on them.
 */
package io.flopsplit.statistics;
