/**
 * Calibration of the models to published values. The fits behind presets and constants
 * ({@link io.flopsplit.calibration.MathLikeFit} for the {@code math-like} suite,
 * {@link io.flopsplit.calibration.SelectionFit} and {@link io.flopsplit.calibration.GoyalFiltering}
 * for data selection), and the registry of published targets that {@code flopsplit calibration}
 * prints next to the model's values ({@link io.flopsplit.calibration.CalibrationTargets}). It needs
 * task suites, strategies, policies and scenario defaults, so it sits above them, below the command
 * line.
 */
package io.flopsplit.calibration;
