/**
 * Task suites: distributions of problem difficulty, the two-parameter item-response
 * model p = σ(a·(θ − b)) with ability θ(L) = (L_ref − L)/s from pretraining loss, calibration from
 * anchor points, the spread of wrong answers over distractors, built-in presets and YAML suite files.
 * Depends on {@code compute}, and on {@code yaml} for suite files; {@code inference} builds on it.
 */
package io.flopsplit.tasks;
