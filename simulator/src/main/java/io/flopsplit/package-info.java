/**
 * flopsplit: a test-time versus train-time compute simulator.
 *
 * <p>Packages, with dependencies pointing one way only:
 * {@code compute} (FLOPs accounting, argument checks) &larr; {@code laws} (published loss laws)
 * &larr; {@code optimum} (compute-optimal and inference-aware solvers) &larr; {@code report}
 * (tables, JSON lines, CSV) &larr; {@code cli} (the {@code flopsplit} command). Beside them, used
 * by the simulator and the Monte Carlo runner: {@code random} (one reproducible stream per trial and
 * purpose) and {@code statistics} (streaming moments and confidence intervals).
 */
package io.flopsplit;
