package io.flopsplit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flopsplit sweep}: its rows, their determinism, and every bad input as one line and exit 2. */
class SweepCommandTest {

    static final String SMALL = String.join("\n",
            "# A small world for tests: three policies, few queries.",
            "name: small",
            "question: Where does the small model stop paying?",
            "budget: {total: 1e22}",
            "deployment: {queries: 1e8, simulatedQueries: 100}",
            "policies: [chinchilla, inference-aware, small-plus-search]",
            "montecarlo: {trials: 12, seed: 3}",
            "");

    @TempDir
    Path directory;

    String small() throws Exception {
        return Files.writeString(directory.resolve("small.yaml"), SMALL).toString();
    }

    @Test
    void csvIsTidyWithAColumnPerVariedKey() throws Exception {
        CommandLineRun run = CommandLineRun.of("sweep", small(), "--vary", "budget.total=1e21..1e23:3:log",
                "--vary", "deployment.queries=1e6,1e9", "--format", "csv");
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.lines();
        assertEquals("scenario,budget.total,deployment.queries,policy,metric,statistic,value", lines.get(0));
        assertTrue(lines.get(1).startsWith("small,1e21,1000000,chinchilla,accuracy,mean,"), lines.get(1));
        assertTrue(lines.contains("small,1e23,1e9,small-plus-search,accuracy,trials,12"));
        long cells = lines.stream().skip(1).map(l -> l.split(",")[1] + "," + l.split(",")[2]).distinct().count();
        assertEquals(6, cells);
        assertEquals("", run.err(), "nothing on stderr without --out or --plot");
    }

    @Test
    void jsonLinesOpenEachCellWithItsSummary() throws Exception {
        CommandLineRun run = CommandLineRun.of("sweep", small(), "--vary", "deployment.queries=1e6,1e9", "--format",
                "json");
        assertEquals(0, run.code(), run.err());
        List<String> summaries = run.lines().stream().filter(l -> l.contains("\"fingerprint\"")).toList();
        assertEquals(2, summaries.size());
        assertTrue(summaries.get(1).startsWith("{\"scenario\":\"small\",\"deployment.queries\":1e9,\"trials\":12,"
                + "\"ending\":\"all_trials\",\"seed\":3,\"cell\":2,"), summaries.get(1));
    }

    @Test
    void theTableHasTheKeysAndAFooter() throws Exception {
        CommandLineRun run = CommandLineRun.of("sweep", small(), "--vary", "deployment.queries=1e6,1e9");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.lines().get(0).startsWith("deployment.queries  policy"), run.lines().get(0));
        assertTrue(run.out().contains("2 cells, 12 trials each, seed 3, 95% intervals; every cell plays the same"
                + " trials; vsBaseline is the paired difference from chinchilla."), run.out());
    }

    @Test
    void theSameNumbersForAnyThreadCountAndEachCellIsItsOwnRun() throws Exception {
        String file = small();
        String[] sweep = {"sweep", file, "--vary", "budget.total=1e21,1e23", "--vary", "deployment.queries=1e6,1e9",
            "--format", "json"};
        CommandLineRun one = CommandLineRun.of(with(sweep, "--threads", "1"));
        CommandLineRun three = CommandLineRun.of(with(sweep, "--threads", "3"));
        assertEquals(0, one.code(), one.err());
        assertEquals(one.out(), three.out());
        String[] single = {"sweep", file, "--vary", "budget.total=1e21", "--vary", "deployment.queries=1e6", "--format",
            "json"};
        List<String> first = CommandLineRun.of(with(single, "--threads", "4")).lines();
        assertEquals(84, first.size(), "a summary, 48 estimates, 32 paired differences and 3 probabilities");
        assertEquals(one.lines().subList(0, first.size()), first, "one cell on four threads gives the grid's first");
        Path cell = Files.writeString(directory.resolve("cell.yaml"), SMALL.replace("total: 1e22", "total: 1e23")
                .replace("queries: 1e8", "queries: 1e6"));
        CommandLineRun alone = CommandLineRun.of("run", cell.toString(), "--format", "json");
        String keys = "\"budget.total\":1e23,\"deployment.queries\":1000000,";
        List<String> swept = one.lines().stream().filter(l -> l.contains(keys) && !l.contains("fingerprint"))
                .map(l -> l.replace(keys, "")).toList();
        assertEquals(alone.lines().size() - 1, swept.size());
        assertTrue(alone.lines().subList(1, alone.lines().size()).equals(swept), "the same seed, the same trials");
    }

    @Test
    void badInputIsOneLineAndExitTwoBeforeAnyTrialRuns() throws Exception {
        String file = small();
        Path taken = Files.writeString(directory.resolve("taken"), "x");
        Path old = directory.resolve("old");
        Files.createDirectories(old.resolve("cells"));
        Files.writeString(old.resolve("cells/cell-0001.jsonl"), "{}");
        Object[][] cases = {
            {new String[] {"sweep", file}, "Missing required option: '--vary=KEY=VALUES'"},
            {new String[] {"sweep", file, "--vary", "budget.totl=1e22"}, "unknown key path budget.totl: budget has no"
                    + " key 'totl'; its keys are total"},
            {new String[] {"sweep", file, "--vary", "montecarlo.seed=1,2"}, "montecarlo.seed cannot be swept"},
            {new String[] {"sweep", file, "--vary", "budget.total=1e20..1e26:0:log"}, "at least 2 points, was 0"},
            {new String[] {"sweep", file, "--vary", "budget.total=1e26..1e20:3:log"}, "a range must increase"},
            {new String[] {"sweep", file, "--vary", "budget.total="}, "zero points"},
            {new String[] {"sweep", file, "--vary", "budget.total=1e22,-1e22"},
                "budget.total: must be > 0, was -1e22 (sweep cell 2 of 2: budget.total=-1e22)"},
            {new String[] {"sweep", file, "--vary", "budget.total=1e21", "--vary", "budget.total=1e22"},
                "budget.total is varied twice"},
            {new String[] {"sweep", file, "--vary", "budget.total=1e21,1e22", "--resume"}, "--resume: needs --out DIR"},
            {new String[] {"sweep", file, "--vary", "budget.total=1e21,1e22", "--out", taken.toString()}, "--out"},
            {new String[] {"sweep", file, "--vary", "budget.total=1e21,1e22", "--out", old.toString()},
                "holds 1 cell(s) of an earlier sweep; continue it with --resume"},
            {new String[] {"sweep", file, "--vary", "budget.total=1e21,1e22", "--out", old.toString(), "--resume"},
                "is not a result of this sweep's cell 1"},
            {new String[] {"sweep", file, "--vary", "budget.total=1e21,1e22", "--vary", "deployment.queries=1e6,1e9",
                "--contrast", "chinchilla,oracle"}, "--contrast: small has no policy 'oracle'"},
            {new String[] {"sweep", file, "--vary", "budget.total=1e21,1e22", "--contrast", "chinchilla,inference-aware"},
                "--contrast: draws the heat map of a sweep over two keys"},
            {new String[] {"sweep", file, "--vary", "budget.total=1e21,1e22", "--vary", "deployment.queries=1e6,1e9",
                "--contrast", "chinchilla"}, "--contrast: name two different policies"},
            {new String[] {"sweep", file, "--vary", "budget.total=1e21,1e22", "--trials", "0"}, "--trials"},
            {new String[] {"sweep", directory.resolve("missing.yaml").toString(), "--vary", "budget.total=1"},
                "no such file"},
        };
        for (Object[] c : cases) {
            String[] args = (String[]) c[0];
            CommandLineRun run = CommandLineRun.of(args);
            String shown = String.join(" ", args);
            assertEquals(2, run.code(), shown + ": " + run.err());
            assertEquals("", run.out(), shown);
            String err = run.err().strip();
            assertFalse(err.contains("\n") || err.contains("Exception"), shown + ": " + err);
            assertTrue(err.startsWith("flopsplit sweep: ") && err.contains((String) c[1]), shown + ": " + err);
        }
        assertEquals("x", Files.readString(taken));
        assertEquals("{}", Files.readString(old.resolve("cells/cell-0001.jsonl")), "nothing overwritten");
        try (Stream<Path> left = Files.list(directory)) {
            assertEquals(List.of("old", "small.yaml", "taken"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no directory was created for the refused sweeps");
        }
    }

    @Test
    void aCellWhereAPolicyCannotActStopsTheSweepBeforeAnyTrial() throws Exception {
        String selecting = Files.writeString(directory.resolve("selecting.yaml"),
                SMALL.replace("[chinchilla, inference-aware, small-plus-search]", "[chinchilla, selection-heavy]")).toString();
        Path out = directory.resolve("out");
        CommandLineRun run = CommandLineRun.of("sweep", selecting, "--vary", "budget.total=1e23,1e22,1e21", "--threads",
                "1", "--out", out.toString());
        assertEquals(2, run.code(), run.err());
        assertEquals("flopsplit sweep: budget.total: policy selection-heavy (policies[1]) cannot run: 1e21 FLOPs do not"
                + " pay for scoring the pool (2.5e21 FLOPs) (sweep cell 3 of 3: budget.total=1e21) (see 'flopsplit sweep"
                + " --help')",
                run.err().strip());
        assertFalse(Files.exists(out), "the cells are checked as the sweep is read, before --out is even created,"
                + " so no cell ran, though the first two could");
    }

    @Test
    void cellsWhereAModelIsStillTrainingAtTheHorizonAreReported() throws Exception {
        String file = Files.writeString(directory.resolve("slow.yaml"), SMALL + "hardware: {accelerators: 1}\n"
                + "simulation: {horizonDays: 20}\n").toString();
        CommandLineRun run = CommandLineRun.of("sweep", file, "--vary", "budget.total=1e20,1e21,1e22", "--trials", "4",
                "--format", "csv");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("flopsplit sweep: warning: in small, chinchilla was still training when the"
                + " horizon ended in some trials of 2 cell(s), the first sweep cell 2 of 3: budget.total=1e21"
                + " (simulation.horizonDays = 20); those trials score 0"), run.err());
    }

    @Test
    void helpDocumentsVaryContrastOutResumeAndPlot() {
        CommandLineRun help = CommandLineRun.of("sweep", "--help");
        for (String option : List.of("--vary=KEY=VALUES", "--contrast=A,B", "--out=DIR", "--resume", "--plot=DIR",
                "--threads=T", "--format=FORMAT")) {
            assertTrue(help.out().contains(option), option + " missing from: " + help.out());
        }
        assertTrue(CommandLineRun.of("--help").out().contains("sweep"));
    }

    static String[] with(String[] args, String... more) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
