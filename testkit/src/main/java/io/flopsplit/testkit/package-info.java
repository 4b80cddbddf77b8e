/**
 * The flopsplit test kit: JUnit-ready assertions that an allocation policy keeps the invariants
 * ({@link io.flopsplit.testkit.PolicyAssertions}) and the world generators behind them as
 * QuickTheories sources ({@link io.flopsplit.testkit.Generators}). A thin layer over the simulator's
 * {@code io.flopsplit.check}, which {@code flopsplit check} runs too: the same worlds, seeds and
 * counterexamples.
 */
package io.flopsplit.testkit;
