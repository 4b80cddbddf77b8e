/**
 * What allocation policies reason with: the {@link io.flopsplit.allocation.Forecast} a policy knows
 * (the nominal law, the forecast demand, never a trial's drawn truth), the
 * {@link io.flopsplit.allocation.Allocation} it decides (data selection, model size and tokens, the
 * serving strategy), the sizing rules policies share ({@link io.flopsplit.allocation.Sizing}:
 * compute-optimal models, with a reserve for serving), and the analytic
 * {@link io.flopsplit.allocation.Expectation} of an allocation (loss, k, expected accuracy), which
 * planning policies and the oracle maximise.
 */
package io.flopsplit.allocation;
