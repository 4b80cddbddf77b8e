package io.flopsplit.sweep;

import io.flopsplit.montecarlo.MonteCarloResult;

/**
 * What one cell found.
 *
 * @param run the cell and how it ran
 * @param result its Monte Carlo comparison
 */
public record CellResult(CellRun run, MonteCarloResult result) {

    public CellResult {
        if (run == null || result == null) {
            throw new IllegalArgumentException("run and result: must be given");
        }
    }

    /** Whether the cell ran to its end (all trials, or the precision reached), rather than being interrupted. */
    public boolean complete() {
        return result.ending() != MonteCarloResult.Ending.INTERRUPTED;
    }

    /** The cell's scenario name (with its variant). */
    public String scenario() {
        return run.cell().scenario().name();
    }

    public Cell cell() {
        return run.cell().cell();
    }
}
