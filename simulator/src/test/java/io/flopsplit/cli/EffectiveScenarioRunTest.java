package io.flopsplit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.scenario.EffectiveScenario;
import io.flopsplit.scenario.Scenario;
import io.flopsplit.scenario.ScenarioReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The effective scenario written by {@code run --out} is the scenario that ran: the options that
 * overrode the file (seed, trials, precision) are in it, a variant's name is kept exactly, a suite
 * file is found from wherever the effective scenario is read, labels of every kind read back, and
 * running it again gives the same results.
 */
class EffectiveScenarioRunTest {

    @TempDir
    Path directory;

    private Path write(String name, String text) throws Exception {
        Path file = directory.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static String withoutScenarioNames(String jsonLines) {
        return jsonLines.replaceAll("\"scenario\":\"[^\"]*\",?", "");
    }

    @Test
    void theOptionsThatRanAreRecordedAndRunningItAgainGivesTheSameResults() throws Exception {
        Path file = write("small.yaml", String.join("\n",
                "budget: {total: 1e22}",
                "deployment: {queries: 1e8, simulatedQueries: 100}",
                "policies: [chinchilla, inference-aware]",
                "montecarlo: {trials: 24, seed: 3}", ""));
        Path out = directory.resolve("out");
        CommandLineRun first = CommandLineRun.of("run", file.toString(), "--seed", "77", "--trials", "3",
                "--precision", "0.5", "--format", "json", "--out", out.toString());
        assertEquals(0, first.code(), first.err());
        Scenario effective = ScenarioReader.read(out.resolve("effective-scenario.yaml")).get(0);
        assertEquals(77, effective.montecarlo().seed());
        assertEquals(3, effective.montecarlo().trials());
        assertEquals(0.5, effective.montecarlo().precision());
        CommandLineRun again = CommandLineRun.of("run", out.resolve("effective-scenario.yaml").toString(), "--format",
                "json");
        assertEquals(0, again.code(), again.err());
        assertEquals(withoutScenarioNames(first.out()), withoutScenarioNames(again.out()));
    }

    @Test
    void aVariantsNameAndItsSuiteFileReadBackFromTheOutputDirectory() throws Exception {
        write("suites/hard.yaml", String.join("\n",
                "difficulty: {type: normal, mean: 1, sd: 2}",
                "ability: {referenceLoss: 2.2, lossScale: 0.05}", ""));
        Path file = write("scenarios/paths.yaml", String.join("\n",
                "tasks: {suite: ../suites/hard.yaml}",
                "deployment: {simulatedQueries: 50}",
                "policies: [{name: chinchilla, label: \"null\"}, {name: kaplan, label: \"tab\\there: #1 \\\"q\\\"\"},"
                        + " {name: inference-aware, label: \"\\ud800 \\0 \\x85 \\u2028\"}]",
                "montecarlo: {trials: 2}",
                "variants:",
                "  - name: R/1",
                "  - name: \"yes\"", ""));
        Path out = directory.resolve("elsewhere/out");
        CommandLineRun run = CommandLineRun.of("run", file.toString(), "--out", out.toString(), "--format", "csv");
        assertEquals(0, run.code(), run.err());
        List<Scenario> ran = ScenarioReader.read(file);
        for (Scenario scenario : ran) {
            String variant = scenario.name().substring(scenario.name().indexOf('/') + 1);
            Path written = out.resolve("effective-scenario-" + ResultFiles.sanitise(variant) + ".yaml");
            Scenario back = ScenarioReader.read(written).get(0);
            assertEquals(scenario.name(), back.name());
            assertEquals(List.of("null", "tab\there: #1 \"q\"", "\ud800 \u0000 \u0085 \u2028"),
                    back.policies().stream().map(p -> p.name()).toList());
            assertTrue(back.tasks().suiteId().endsWith("suites/hard.yaml") && Path.of(back.tasks().suiteId()).isAbsolute(),
                    back.tasks().suiteId());
            assertEquals(EffectiveScenario.yaml(scenario.withMontecarlo(back.montecarlo())), EffectiveScenario.yaml(back));
        }
    }
}
