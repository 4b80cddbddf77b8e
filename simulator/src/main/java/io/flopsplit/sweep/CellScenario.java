package io.flopsplit.sweep;

import io.flopsplit.scenario.Scenario;

/**
 * A cell of a sweep with the scenario it plays: the scenario file (or one of its variants) with the
 * cell's values laid over it.
 *
 * @param cell the grid cell
 * @param scenario the scenario read with the cell's values
 */
public record CellScenario(Cell cell, Scenario scenario) {

    public CellScenario {
        if (cell == null || scenario == null) {
            throw new IllegalArgumentException("cell and scenario: must be given");
        }
    }
}
