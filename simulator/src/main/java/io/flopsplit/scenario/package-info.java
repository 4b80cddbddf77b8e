/**
 * Scenario files: YAML read into immutable, validated records (every key documented with its
 * default in {@code scenarios/reference.yaml}; unknown keys refused; every error one line naming the
 * file, line and key path), the per-trial draw of their uncertain inputs, and the effective scenario
 * (defaults applied) written next to the results.
 */
package io.flopsplit.scenario;
