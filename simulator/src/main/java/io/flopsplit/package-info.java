/**
 * flopsplit: a test-time versus train-time compute simulator.
 *
 * <p>Packages, with dependencies pointing one way only:
 * {@code compute} (FLOPs accounting, argument checks) &larr; {@code laws} (published loss laws)
 * &larr; {@code optimum} (compute-optimal and inference-aware solvers) &larr; {@code report}
 * (tables, JSON lines, CSV) &larr; {@code cli} (the {@code flopsplit} command).
 */
package io.flopsplit;
