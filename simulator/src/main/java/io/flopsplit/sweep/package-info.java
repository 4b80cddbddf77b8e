/**
 * Sweeps: a scenario played over a grid of values of its documented keys ({@code --vary
 * budget.total=1e20..1e26:13:log}). Each cell's values are laid over the scenario file's YAML tree
 * and read like a scenario file, so every value is checked by its key before any trial runs; every
 * cell plays the same trials with the same seed (common random numbers across cells), cells run in
 * parallel on the deterministic Monte Carlo runner, and each completed cell can be written on its own
 * and read back exactly, so that an interrupted sweep resumes where it stopped.
 */
package io.flopsplit.sweep;
