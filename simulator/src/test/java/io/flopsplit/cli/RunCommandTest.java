package io.flopsplit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.scenario.ScenarioReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    private static final String SMALL = String.join("\n",
            "# A small world for tests: two policies, few queries.",
            "budget: {total: 1e22}",
            "deployment: {queries: 1e8, simulatedQueries: 200}",
            "policies: [chinchilla, inference-aware, small-plus-search]",
            "montecarlo: {trials: 24, seed: 3}",
            "");

    @TempDir
    Path directory;

    private String small() throws Exception {
        Path file = directory.resolve("small.yaml");
        Files.writeString(file, SMALL);
        return file.toString();
    }

    @Test
    void jsonLinesCarryEstimatesDifferencesAndProbabilityBest() throws Exception {
        CommandLineRun run = CommandLineRun.of("run", small(), "--format", "json");
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.lines();
        assertTrue(lines.get(0).startsWith("{\"scenario\":\"small\",\"trials\":24,\"ending\":\"all_trials\",\"seed\":3"),
                lines.get(0));
        String accuracy = lines.stream().filter(l -> l.contains("\"policy\":\"inference-aware\",\"metric\":\"accuracy\""))
                .findFirst().orElseThrow();
        for (String field : List.of("mean", "ciLow", "ciHigh", "trials")) {
            CommandLineRun.number(accuracy, field);
        }
        String difference = lines.stream().filter(l -> l.contains("\"baseline\":\"chinchilla\",\"policy\":\"small-plus-search\""
                + ",\"metric\":\"accuracy\"")).findFirst().orElseThrow();
        assertTrue(CommandLineRun.number(difference, "ciLow") <= CommandLineRun.number(difference, "meanDifference"));
        double best = lines.stream().filter(l -> l.contains("probabilityBest"))
                .mapToDouble(l -> CommandLineRun.number(l, "probabilityBest")).sum();
        assertEquals(1, best, 1e-12);
    }

    @Test
    void theSameSeedGivesTheSameResultsWhateverTheThreads() throws Exception {
        String file = small();
        CommandLineRun one = CommandLineRun.of("run", file, "--format", "json", "--threads", "1");
        CommandLineRun two = CommandLineRun.of("run", file, "--format", "json", "--threads", "2");
        assertEquals(0, one.code(), one.err());
        assertEquals(one.out(), two.out());
        CommandLineRun otherSeed = CommandLineRun.of("run", file, "--format", "json", "--seed", "4");
        assertFalse(one.out().equals(otherSeed.out()));
    }

    @Test
    void wholeNumberOptionsTakeTheNotationOfEveryNumber() throws Exception {
        String file = small();
        CommandLineRun plain = CommandLineRun.of("run", file, "--format", "json", "--seed", "1000", "--trials", "20",
                "--threads", "2");
        CommandLineRun scientific = CommandLineRun.of("run", file, "--format", "json", "--seed", "1e3", "--trials",
                "2e1", "--threads", "2.0");
        assertEquals(0, scientific.code(), scientific.err());
        assertEquals(plain.out(), scientific.out());
        assertTrue(scientific.lines().get(0).contains("\"trials\":20,") && scientific.lines().get(0).contains("\"seed\":1000"),
                scientific.lines().get(0));
        CommandLineRun large = CommandLineRun.of("run", file, "--format", "json", "--seed", "9007199254740993", "--trials",
                "2");
        assertTrue(large.lines().get(0).endsWith("\"seed\":9007199254740993}"), "every digit: " + large.lines().get(0));
    }

    @Test
    void intervalsOfBoundedMetricsStayInTheirRangeEvenWithTwoTrials() throws Exception {
        CommandLineRun run = CommandLineRun.of("run", small(), "--format", "json", "--trials", "2");
        assertEquals(0, run.code(), run.err());
        for (String line : run.lines()) {
            if (line.contains("\"mean\":")) {
                assertTrue(CommandLineRun.number(line, "ciLow") >= 0, "every trial metric is non-negative: " + line);
            }
            if (line.contains("\"metric\":\"accuracy\"") || line.contains("\"metric\":\"servedAccuracy\"")) {
                double low = CommandLineRun.number(line, "ciLow");
                double high = CommandLineRun.number(line, "ciHigh");
                assertTrue(line.contains("\"mean\":") ? low >= 0 && high <= 1 : low >= -1 && high <= 1, line);
            }
        }
    }

    @Test
    void oneTrialGivesMeansWithoutIntervalsAndSaysSo() throws Exception {
        String file = small();
        CommandLineRun table = CommandLineRun.of("run", file, "--trials", "1");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("1 trial (all trials), seed 3, no intervals (an interval needs at least 2 trials)"),
                table.out());
        assertFalse(table.out().contains("[") || table.out().contains("95%"), "no interval is shown: " + table.out());
        CommandLineRun json = CommandLineRun.of("run", file, "--trials", "1", "--format", "json");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.lines().get(0).contains("\"trials\":1,"), json.lines().get(0));
        String accuracy = json.lines().stream().filter(l -> l.contains("\"policy\":\"chinchilla\",\"metric\":\"accuracy\""))
                .findFirst().orElseThrow();
        assertFalse(accuracy.contains("ciLow") || accuracy.contains("\"sd\""), accuracy);
        CommandLineRun csv = CommandLineRun.of("run", file, "--trials", "1", "--format", "csv");
        assertFalse(csv.out().contains(",ciLow,") || csv.out().contains(",differenceCiLow,"), csv.out());
        assertTrue(csv.out().contains("small,chinchilla,accuracy,mean,"), csv.out());
    }

    @Test
    void outWritesCsvJsonAndTheEffectiveScenario() throws Exception {
        Path out = directory.resolve("results");
        CommandLineRun run = CommandLineRun.of("run", small(), "--out", out.toString(), "--trials", "8");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("chinchilla"), run.out());
        List<String> csv = Files.readAllLines(out.resolve("results.csv"));
        assertEquals("scenario,policy,metric,statistic,value", csv.get(0));
        assertTrue(csv.contains("small,chinchilla,accuracy,trials,8"), csv.toString());
        assertTrue(Files.readAllLines(out.resolve("results.jsonl")).get(0).startsWith("{\"scenario\":\"small\""));
        assertEquals(1, ScenarioReader.read(out.resolve("effective-scenario.yaml")).size());
        assertEquals(List.of("effective-scenario.yaml", "report.html", "results.csv", "results.jsonl",
                "run-accuracy.png", "run-accuracy.svg", "run-flops.png", "run-flops.svg"), SweepOutTest.names(out));
    }

    @Test
    void theFiguresShowEveryPolicyAndTheReportInlinesThem() throws Exception {
        Path out = directory.resolve("results");
        CommandLineRun run = CommandLineRun.of("run", small(), "--out", out.toString(), "--trials", "8");
        assertEquals(0, run.code(), run.err());
        var forest = SweepOutTest.figure(out, "run-accuracy", List.of("95% interval", "estimate", "no difference",
                "paired difference from chinchilla"));
        assertTrue(String.join(" ", io.flopsplit.plot.FigureFiles.texts(forest)).contains("Scenario small, seed 3, 8 trials"),
                "the caption names the scenario and the seed");
        SweepOutTest.figure(out, "run-flops", List.of("data selection", "pretraining", "inference", "unspent"));
        String report = Files.readString(out.resolve("report.html"));
        assertEquals(2, SweepOutTest.count(report, "<svg"));
        assertTrue(report.contains("<td>small-plus-search</td>"));
        assertTrue(report.contains("java -jar simulator/target/flopsplit.jar run " + small() + " --out " + out
                + " --trials 8"), "the command that reproduces it");
        assertTrue(report.contains("  trials: 8\n  seed: 3\n"), "the effective scenario says what ran");
    }

    @Test
    void plotDrawsARunWithoutOutAndVariantsEachGetTheirOwn() throws Exception {
        Path file = directory.resolve("variants.yaml");
        Files.writeString(file, SMALL + "variants:\n  - name: few\n    deployment: {queries: 1e6}\n  - name: many\n"
                + "    deployment: {queries: 1e9}\n");
        Path plots = directory.resolve("plots");
        CommandLineRun run = CommandLineRun.of("run", file.toString(), "--plot", plots.toString(), "--trials", "4",
                "--format", "csv");
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of("run-accuracy-few.png", "run-accuracy-few.svg", "run-accuracy-many.png",
                "run-accuracy-many.svg", "run-flops-few.png", "run-flops-few.svg", "run-flops-many.png",
                "run-flops-many.svg"), SweepOutTest.names(plots));
        assertTrue(CommandLineRun.of("run", "--help").out().contains("--plot=DIR"));
    }

    @Test
    void precisionStopsEarly() throws Exception {
        CommandLineRun run = CommandLineRun.of("run", small(), "--format", "json", "--trials", "100000",
                "--precision", "0.02");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.lines().get(0).contains("\"ending\":\"precision_reached\""), run.lines().get(0));
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        Path broken = directory.resolve("broken.yaml");
        Files.writeString(broken, "budget:\n  total: -1e23\n");
        String file = small();
        for (String[] args : List.of(
                new String[] {"run", broken.toString()},
                new String[] {"run", directory.resolve("missing.yaml").toString()},
                new String[] {"run", file, "--trials", "0"},
                new String[] {"run", file, "--threads", "0"},
                new String[] {"run", file, "--precision", "-1"},
                new String[] {"run", file, "--out", file},
                new String[] {"run"},
                new String[] {"validate", broken.toString()})) {
            CommandLineRun run = CommandLineRun.of(args);
            assertEquals(2, run.code(), String.join(" ", args) + ": " + run.err());
            assertEquals("", run.out(), String.join(" ", args));
            assertFalse(run.err().strip().contains("\n") || run.err().contains("Exception"), run.err());
        }
        assertTrue(CommandLineRun.of("run", broken.toString()).err()
                .startsWith("flopsplit run: budget.total: must be > 0, was -1e23 (" + broken + ":2)"));
    }

    @Test
    void inputsBeyondTheLimitsAreOneLineWithoutExhaustingMemory() throws Exception {
        Path huge = directory.resolve("huge.yaml");
        Files.writeString(huge, "budget:\n  total: " + "1".repeat(3 << 20) + "\n");
        List<String> inputs = new java.util.ArrayList<>(List.of(huge.toString(), directory.toString()));
        if (Files.exists(Path.of("/dev/zero"))) {
            inputs.add("/dev/zero");
        }
        for (String input : inputs) {
            CommandLineRun run = CommandLineRun.of("validate", input);
            assertEquals(2, run.code(), input + ": " + run.err());
            assertEquals("", run.out());
            assertFalse(run.err().strip().contains("\n") || run.err().contains("Exception"), run.err());
            assertTrue(run.err().startsWith("flopsplit validate: "), run.err());
            assertTrue(run.err().contains("(" + input + ")") || run.err().contains("(" + input + ":"), run.err());
        }
    }

    @Test
    void aModelStillTrainingAtTheHorizonIsReported() throws Exception {
        Path file = directory.resolve("slow.yaml");
        Files.writeString(file, SMALL.replace("budget: {total: 1e22}", "budget: {total: 1e22}\n"
                + "hardware: {accelerators: 1}\nsimulation: {horizonDays: 1}"));
        CommandLineRun run = CommandLineRun.of("run", file.toString(), "--trials", "4");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("warning: in slow, chinchilla was still training when the horizon ended"),
                run.err());
    }

    @Test
    void validatePrintsTheEffectiveScenario() throws Exception {
        CommandLineRun run = CommandLineRun.of("validate", small());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("budget:\n  total: 1e22\n"), run.out());
        assertTrue(run.out().contains("  simulatedQueries: 200\n"), run.out());
        assertTrue(run.out().contains("  horizonDays: 730\n"), run.out());
    }
}
