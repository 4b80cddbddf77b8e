package io.flopsplit.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.montecarlo.MonteCarloResult;
import io.flopsplit.montecarlo.MonteCarloRunner;
import io.flopsplit.montecarlo.PolicyContest;
import io.flopsplit.scenario.Scenario;
import io.flopsplit.scenario.ScenarioReader;
import io.flopsplit.scenario.ScenarioWorlds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cells in parallel: the same numbers for any thread count, each cell the run of its own scenario. */
class SweepRunnerTest {

    @TempDir
    Path directory;

    @Test
    void resultsAreTheSameForAnyThreadCount() throws Exception {
        List<CellRun> runs = SmallSweep.runs(directory, "budget.total=1e21..1e23:3:log", "deployment.queries=1e6,1e9");
        List<MonteCarloResult> one = results(SweepRunner.run(runs, 1, () -> false, done -> { }, cell -> { }));
        for (int threads : new int[] {2, 3, 8}) {
            assertEquals(one, results(SweepRunner.run(runs, threads, () -> false, done -> { }, cell -> { })),
                    threads + " threads");
        }
        assertEquals(6, one.size());
        assertTrue(one.stream().allMatch(r -> r.trials() == 12));
        List<CellRun> two = runs.subList(0, 2);
        assertEquals(one.subList(0, 2), results(SweepRunner.run(two, 5, () -> false, done -> { }, cell -> { })),
                "two cells on five threads: each cell's trials on two of them");
    }

    @Test
    void aCellIsTheRunOfItsOwnScenarioWithTheSameSeed() throws Exception {
        List<CellRun> runs = SmallSweep.runs(directory, "budget.total=1e21,1e23");
        List<MonteCarloResult> swept = results(SweepRunner.run(runs, 2, () -> false, done -> { }, cell -> { }));
        Path written = Files.writeString(directory.resolve("at1e23.yaml"),
                SmallSweep.SCENARIO.replace("total: 1e22", "total: 1e23").replace("name: small", "name: at1e23"));
        Scenario alone = ScenarioReader.read(written).get(0);
        MonteCarloResult direct = MonteCarloRunner.run(new PolicyContest(alone.policies(), new ScenarioWorlds(alone)),
                SmallSweep.options(runs.get(1).cell(), 1));
        assertEquals(direct, swept.get(1));
        assertTrue(!swept.get(0).equals(swept.get(1)), "the budget reached the cell");
    }

    @Test
    void progressCountsEveryTrialOfEveryCellAndCompletedCellsAreReported() throws Exception {
        List<CellRun> runs = SmallSweep.runs(directory, "budget.total=1e21,1e22,1e23");
        AtomicLong last = new AtomicLong();
        List<Integer> completed = Collections.synchronizedList(new ArrayList<>());
        SweepRunner.run(runs, 2, () -> false, last::set, cell -> completed.add(cell.run().number()));
        assertEquals(36, last.get());
        assertEquals(List.of(1, 2, 3), completed.stream().sorted().toList());
    }

    @Test
    void cancellingKeepsTheCellsCompletedAndStartsNoOther() throws Exception {
        List<CellRun> runs = SmallSweep.runs(directory, "budget.total=1e21,1e22,1e23,1e24");
        assertTrue(SweepRunner.run(runs, 2, () -> true, done -> { }, cell -> { }).stream().allMatch(Optional::isEmpty));
        AtomicBoolean stop = new AtomicBoolean();
        List<Optional<CellResult>> results = SweepRunner.run(runs, 1, stop::get, done -> { }, cell -> stop.set(true));
        assertEquals(List.of(true, false, false, false), results.stream().map(Optional::isPresent).toList());
        assertEquals(MonteCarloResult.Ending.ALL_TRIALS, results.get(0).orElseThrow().result().ending());
    }

    private static List<MonteCarloResult> results(List<Optional<CellResult>> cells) {
        return cells.stream().map(cell -> cell.orElseThrow().result()).toList();
    }
}
