/**
 * Calibration of the models to published values: the fits behind the task-suite presets (for
 * example {@link io.flopsplit.calibration.MathLikeFit}, Brown et al. 2024), which need both the task
 * suites and the test-time strategies, so they sit above both.
 */
package io.flopsplit.calibration;
