/**
 * Monte Carlo comparison of contestants (allocation policies) over many trials with common random
 * numbers: trials run in parallel, results are folded in trial order so they are bit-identical for
 * any thread count, statistics stream in constant memory, and a run can stop early once every
 * confidence interval is narrow enough.
 */
package io.flopsplit.montecarlo;
