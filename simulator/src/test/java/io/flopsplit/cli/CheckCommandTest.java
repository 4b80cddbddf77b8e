package io.flopsplit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code flopsplit check} from the command line: a sound policy passes with exit code 0; a broken one
 * from a jar is caught with exit code 1, its shrunk counterexample printed as a scenario that
 * {@code flopsplit run} reads, and the command that re-runs the check; JSON for CI logs; bad input
 * is one line and exit code 2.
 */
class CheckCommandTest {

    @TempDir
    Path directory;

    /** A policy that returns null once serving a 1B-parameter model greedily takes over half the budget. */
    private Path silentJar() throws Exception {
        return PolicyJar.build(directory, "silent.jar", Map.of(
                "org.example.silent.Silent", PolicyJar.policy("org.example.silent", "Silent", "silent",
                        "return forecast.greedyServingFlops(1e9) > 0.5 * forecast.budgetFlops() ? null"
                                + " : new ChinchillaPolicy().allocate(forecast);"),
                "org.example.silent.Provider", PolicyJar.provider("org.example.silent", "Provider", "Silent.TYPE")),
                List.of("org.example.silent.Provider"));
    }

    @Test
    void aSoundPolicyPassesEveryInvariant() {
        CommandLineRun run = CommandLineRun.of("check", "--policy", "inference-aware", "--examples", "4");
        assertEquals(0, run.code(), run.out() + run.err());
        assertEquals("policy           invariant         result  worlds  refused  detail", run.lines().get(0));
        assertTrue(run.lines().get(1).startsWith("inference-aware  allocation-sound  passed  4       0"), run.out());
        assertTrue(run.out().contains("inference-aware  monotone-budget   passed  8       0"), "declared: " + run.out());
        assertEquals(12, run.lines().size(), run.out());
        assertEquals("1 policy, 10 invariants: all held. 4 worlds per invariant (oracle-bound: 1), seed 1.",
                run.lines().get(11));
    }

    @Test
    void aBrokenPolicyFromAJarIsCaughtWithARunnableCounterexample() throws Exception {
        Path jar = silentJar();
        CommandLineRun run = CommandLineRun.of("check", "--classpath", jar.toString(), "--examples", "30");
        assertEquals(CheckCommand.FALSIFIED, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("silent  clear-refusals    falsified"), run.out());
        assertTrue(run.out().contains("silent breaks clear-refusals"), run.out());
        assertTrue(run.out().contains("Re-run this check: flopsplit check --policy silent --classpath " + jar
                + " --examples 30 --seed 1\n"), run.out());

        String yaml = run.out().substring(run.out().indexOf("# silent breaks clear-refusals"),
                run.out().indexOf("\nRe-run this check"));
        Path counterexample = Files.writeString(directory.resolve("counterexample.yaml"), yaml);
        CommandLineRun reproduced = CommandLineRun.of("run", counterexample.toString(), "--classpath", jar.toString());
        assertEquals(2, reproduced.code(), reproduced.err());
        assertTrue(reproduced.err().startsWith("flopsplit run: policies[0]: policy silent cannot run: allocate returned"
                + " null"), reproduced.err());
    }

    @Test
    void jsonIsOneObjectPerVerdictWithTheCounterexampleAsText() throws Exception {
        CommandLineRun run = CommandLineRun.of("check", "--classpath", silentJar().toString(), "--examples", "30",
                "--format", "json");
        assertEquals(CheckCommand.FALSIFIED, run.code(), run.err());
        assertEquals(9, run.lines().size(), run.out());
        String falsified = run.lines().stream().filter(line -> line.contains("\"result\":\"falsified\"")).findFirst()
                .orElseThrow();
        assertTrue(falsified.startsWith("{\"policy\":\"silent\",\"invariant\":\"clear-refusals\",\"result\":\"falsified\","),
                falsified);
        assertTrue(falsified.contains("\"seed\":1,\"examples\":30,\"counterexample\":\"# silent breaks clear-refusals"),
                falsified);
    }

    @Test
    void aScenarioIsCheckedAroundItsOwnValues() {
        CommandLineRun run = CommandLineRun.of("check", "--scenario", "../scenarios/quickstart.yaml", "--policy",
                "chinchilla", "--examples", "3", "--format", "csv");
        assertEquals(0, run.code(), run.out() + run.err());
        assertEquals("policy,invariant,result,worlds,refused,detail,seed,examples", run.lines().get(0));
    }

    @Test
    void badInputIsOneLineAndExitCodeTwo() throws Exception {
        Path variants = Files.writeString(directory.resolve("v.yaml"), "variants: [{name: a}, {name: b}]\n");
        for (List<String> args : List.of(List.of("--policy", "nope"), List.of("--examples", "0"),
                List.of("--seed", "x"), List.of("--scenario", directory.resolve("missing.yaml").toString()),
                List.of("--scenario", variants.toString()))) {
            List<String> command = new java.util.ArrayList<>(List.of("check"));
            command.addAll(args);
            CommandLineRun run = CommandLineRun.of(command.toArray(String[]::new));
            assertEquals(2, run.code(), args + ": " + run.out() + run.err());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().startsWith("flopsplit check: "), run.err());
        }
    }
}
