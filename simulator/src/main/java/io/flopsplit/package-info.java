/**
 * flopsplit: a test-time versus train-time compute simulator.
 *
 * <p>Packages by concept, with dependencies pointing one way only: {@code compute} (FLOPs
 * conventions, argument checks, number text) &larr; {@code laws} (published loss laws) &larr;
 * {@code optimum} (compute-optimal and inference-aware solvers); {@code laws} &larr; {@code tasks}
 * (task suites) &larr; {@code inference} (test-time strategies); {@code laws} &larr; {@code data}
 * (data selection); {@code data}, {@code inference}, {@code random} &larr; {@code engine} (ledger,
 * event kernel, phases) &larr; {@code policy} (allocation policies) &larr; {@code trial} &larr;
 * {@code montecarlo} (with {@code statistics}) &larr; {@code scenario} (with {@code uncertainty} and
 * {@code yaml}) &larr; {@code report} &larr; {@code cli}; {@code laws}, {@code optimum},
 * {@code random}, {@code statistics} &larr; {@code fit} (a law fitted to a user's runs) &larr;
 * {@code cli}. {@code memo} remembers pure computations for the layers above it.
 */
package io.flopsplit;
