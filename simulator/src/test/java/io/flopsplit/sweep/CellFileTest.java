package io.flopsplit.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.montecarlo.RunOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A completed cell written and read back: the same result to the last bit, and only for its own cell. */
class CellFileTest {

    @TempDir
    Path directory;

    @Test
    void aCellReadsBackExactly() throws Exception {
        List<CellRun> runs = SmallSweep.runs(directory, "budget.total=1e21,1e23", "strategies.revisionKeep=0.7");
        for (Optional<CellResult> played : SweepRunner.run(runs, 2, () -> false, done -> { }, cell -> { })) {
            CellResult cell = played.orElseThrow();
            String text = CellFile.text(cell);
            CellResult back = CellFile.read(text, cell.run());
            assertEquals(cell.result(), back.result());
            assertEquals(text, CellFile.text(back));
            assertTrue(text.startsWith("{\"scenario\":\"small\",\"budget.total\":" + (cell.run().number() == 1 ? "1e21"
                    : "1e23") + ",\"strategies.revisionKeep\":0.7,\"trials\":12,\"ending\":\"all_trials\",\"seed\":3,"
                    + "\"cell\":" + cell.run().number() + ",\"fingerprint\":\"" + cell.run().fingerprint() + "\"}\n"),
                    text.lines().findFirst().orElseThrow());
        }
    }

    @Test
    void aFileIsTakenBackOnlyForItsOwnCellAndSettings() throws Exception {
        List<CellRun> runs = SmallSweep.runs(directory, "budget.total=1e21,1e23");
        CellResult first = SweepRunner.run(runs.subList(0, 1), 1, () -> false, done -> { }, cell -> { }).get(0)
                .orElseThrow();
        String text = CellFile.text(first);
        IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
                () -> CellFile.read(text, runs.get(1)));
        assertTrue(other.getMessage().contains("it holds cell 1, not cell 2"), other.getMessage());
        RunOptions o = runs.get(0).options();
        CellRun reseeded = new CellRun(1, runs.get(0).cell(), new RunOptions(o.maxTrials(), o.seed() + 1, o.threads(),
                o.precision(), o.level(), o.baseline(), o.blockSize()));
        IllegalArgumentException seed = assertThrows(IllegalArgumentException.class, () -> CellFile.read(text, reseeded));
        assertTrue(seed.getMessage().contains("written for another scenario or other settings"), seed.getMessage());
        for (String broken : List.of("", "not json", "{\"cell\":1}", text.replace("\"ending\":\"all_trials\"", "\"ending\":3"),
                text.substring(0, text.indexOf('\n')))) {
            assertThrows(IllegalArgumentException.class, () -> CellFile.read(broken, runs.get(0)), broken);
        }
    }
}
