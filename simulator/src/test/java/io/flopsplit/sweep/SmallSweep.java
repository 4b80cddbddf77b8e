package io.flopsplit.sweep;

import io.flopsplit.montecarlo.RunOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A small world swept over a few cells, quick enough for tests. */
final class SmallSweep {

    static final String SCENARIO = String.join("\n",
            "name: small",
            "budget: {total: 1e22}",
            "deployment: {queries: 1e8, simulatedQueries: 100}",
            "policies: [chinchilla, inference-aware, small-plus-search]",
            "montecarlo: {trials: 12, seed: 3}",
            "");

    private SmallSweep() {
    }

    /** The cells of the small world over {@code vary}, each run with the scenario's trials and seed. */
    static List<CellRun> runs(Path directory, String... vary) throws Exception {
        Path file = Files.writeString(directory.resolve("small.yaml"), SCENARIO);
        SweepPlan plan = SweepPlan.read(file, new SweepGrid(Arrays.stream(vary).map(SweepAxis::parse).toList()));
        List<CellRun> runs = new ArrayList<>();
        for (CellScenario cell : plan.cells()) {
            runs.add(new CellRun(runs.size() + 1, cell, options(cell, 1)));
        }
        return runs;
    }

    static RunOptions options(CellScenario cell, int threads) {
        return new RunOptions(cell.scenario().montecarlo().trials(), cell.scenario().montecarlo().seed(), threads, 0,
                cell.scenario().montecarlo().level(), cell.scenario().baselineIndex(), RunOptions.DEFAULT_BLOCK_SIZE);
    }
}
