package io.flopsplit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.fit.Run;
import io.flopsplit.fit.SyntheticRuns;
import io.flopsplit.laws.ChinchillaLaw;
import io.flopsplit.scenario.LawSection;
import io.flopsplit.scenario.Scenario;
import io.flopsplit.scenario.ScenarioReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FitCommandTest {

    @TempDir
    Path directory;

    private String runs;

    @BeforeEach
    void writeRuns() throws Exception {
        // 5 sizes × 4 token counts from the epoch law (Besiroglu et al. 2024), 0.003 noise in log-loss.
        List<Run> sweep = SyntheticRuns.sweep(SyntheticRuns.law("epoch"), 5, 4, 0.003, 4);
        Path file = directory.resolve("runs.csv");
        Files.writeString(file, SyntheticRuns.csv(sweep));
        runs = file.toString();
    }

    private static CommandLineRun fit(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "fit";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--resamples";
        all[args.length + 2] = "100";
        return CommandLineRun.of(all);
    }

    @Test
    void theTableListsTheConstantsTheAllocationAndHowTheFitWasMade() {
        CommandLineRun run = fit(runs, "--budgets", "1e22");
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.lines();
        assertTrue(lines.get(0).matches("quantity +budget +estimate +standardError +ciLow +ciHigh +corrE +corrA +corrB"
                + " +corrAlpha +corrBeta"), lines.get(0));
        List<String> names = lines.subList(1, 10).stream().map(line -> line.split(" +")[0]).toList();
        assertEquals(List.of("E", "A", "B", "alpha", "beta", "paramsExponent", "params", "tokens", "tokensPerParam"), names);
        assertTrue(lines.get(7).startsWith("params          1e22"), lines.get(7));
        assertTrue(lines.get(10).startsWith("Fitted to 20 runs by the summed Huber loss (delta 0.001) of log-loss from"
                + " 4500 starts"), lines.get(10));
        assertTrue(lines.get(12).startsWith("law: custom:E="), lines.get(12));
        assertFalse(run.out().contains("NaN") || run.out().contains("Infinity"), run.out());
    }

    @Test
    void jsonStartsWithASummaryTheSameWhateverTheThreadsAndCsvHasOneHeader() {
        CommandLineRun json = fit(runs, "--format", "json", "--seed", "5", "--threads", "1");
        assertEquals(0, json.code(), json.err());
        assertEquals(json.out(), fit(runs, "--format", "json", "--seed", "5", "--threads", "2").out());
        String summary = json.lines().get(0);
        assertTrue(summary.startsWith("{\"file\":\"" + runs.replace("\\", "\\\\") + "\",\"runs\":20,\"fittedRuns\":20,"), summary);
        assertEquals(5, CommandLineRun.number(summary, "seed"));
        assertEquals(100, CommandLineRun.number(summary, "resamples"));
        String alpha = json.lines().get(4);
        assertTrue(alpha.startsWith("{\"quantity\":\"alpha\",\"estimate\":"), alpha);
        assertTrue(CommandLineRun.number(alpha, "ciLow") <= CommandLineRun.number(alpha, "ciHigh"));
        assertEquals(1, CommandLineRun.number(alpha, "corrAlpha"));
        assertEquals(1 + 5 + 1 + 3 * 3, json.lines().size());
        CommandLineRun csv = fit(runs, "--format", "csv", "--seed", "5");
        assertEquals("quantity,budget,estimate,standardError,ciLow,ciHigh,corrE,corrA,corrB,corrAlpha,corrBeta",
                csv.lines().get(0));
        assertEquals(1 + 5 + 1 + 3 * 3, csv.lines().size());
        assertTrue(csv.lines().get(7).startsWith("params,1e21,"), csv.lines().get(7));
    }

    @Test
    void theLawSectionIsAScenarioThatRunsAndReadsBackTheFittedConstants() throws Exception {
        Path law = directory.resolve("out").resolve("my-law.yaml");
        CommandLineRun run = fit(runs, "--format", "json", "--law-out", law.toString());
        assertEquals(0, run.code(), run.err());
        String summary = run.lines().get(0);
        String profile = summary.substring(summary.indexOf("\"law\":\"") + 7, summary.lastIndexOf('"'));
        List<Scenario> scenarios = ScenarioReader.read(law);
        assertEquals(1, scenarios.size());
        LawSection spec = scenarios.get(0).law();
        assertEquals(profile, spec.profile().id());
        ChinchillaLaw fitted = (ChinchillaLaw) spec.nominal();
        List<String> names = List.of("E", "A", "B", "alpha", "beta");
        double[] constants = {fitted.e(), fitted.a(), fitted.b(), fitted.alpha(), fitted.beta()};
        for (int i = 0; i < names.size(); i++) {
            String line = run.lines().get(1 + i);
            assertEquals(CommandLineRun.number(line, "estimate"), constants[i], names.get(i));
            assertEquals(CommandLineRun.number(line, "standardError"), spec.uncertainty().orElseThrow().sds().get(i), names.get(i));
            for (int j = 0; j < names.size(); j++) {
                String column = "corr" + (names.get(j).length() == 1 ? names.get(j)
                        : Character.toUpperCase(names.get(j).charAt(0)) + names.get(j).substring(1));
                assertEquals(CommandLineRun.number(line, column), spec.uncertainty().orElseThrow().correlations().get(i).get(j), names.get(i) + "/" + column);
            }
        }
        CommandLineRun validate = CommandLineRun.of("validate", law.toString());
        assertEquals(0, validate.code(), validate.err());
        assertTrue(validate.out().contains("  profile: \"" + profile + "\"\n"), validate.out());
        CommandLineRun scenario = CommandLineRun.of("run", law.toString(), "--trials", "2", "--format", "csv");
        assertEquals(0, scenario.code(), scenario.err());
        assertTrue(scenario.out().startsWith("scenario,policy,metric,statistic,value"), scenario.out());
        try (var files = Files.list(law.getParent())) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void plotDrawsTheRunsAgainstTheFittedIsoFlopCurves() throws Exception {
        Path plots = directory.resolve("plots");
        CommandLineRun run = fit(runs, "--plot", plots.toString());
        assertEquals(0, run.code(), run.err());
        String svg = Files.readString(plots.resolve("fit-isoflop.svg"));
        assertTrue(svg.contains("Runs against the fitted law"), "the title");
        assertTrue(svg.contains("runs near") && svg.contains("fit at"), "each budget's runs and its fitted curve");
        assertTrue(Files.size(plots.resolve("fit-isoflop.png")) > 1000);
    }

    @Test
    void aBadRowIsOneErrorWithItsLineAndNothingIsWritten() throws Exception {
        Path bad = directory.resolve("bad.csv");
        Files.writeString(bad, "params,tokens,loss\n1e8,2e9,2.9\n2e8,4e9,-1\n");
        Path law = directory.resolve("law.yaml");
        CommandLineRun run = fit(bad.toString(), "--law-out", law.toString());
        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertEquals("flopsplit fit: loss: must be a finite number > 0, was '-1' (" + bad + ":3) (see 'flopsplit fit --help')",
                run.err().strip());
        assertFalse(Files.exists(law));
    }

    @Test
    void badOptionsAndUnidentifiableRunsExitWithTwo() throws Exception {
        assertBadInput(CommandLineRun.of("fit", runs, "--resamples", "5"),
                "--resamples': must be a whole number from 100 to 1000000, was 5");
        assertBadInput(CommandLineRun.of("fit", runs, "--level", "1.5"), "--level': must be from 0.5 to 0.999, was 1.5");
        assertBadInput(CommandLineRun.of("fit", runs, "--drop-highest", "20"),
                "--drop-highest: must be below the number of runs (20), was 20");
        assertBadInput(CommandLineRun.of("fit", runs, "--budgets", "1e21,-1"), "--budgets' (FLOPS): must be a finite number > 0, was -1");
        assertBadInput(CommandLineRun.of("fit", runs, "--delta", "0"), "--delta': must be a finite number > 0, was 0");
        assertBadInput(CommandLineRun.of("fit", runs, "--tokens-column", "tokens", "--flops-column", "flops"),
                "mutually exclusive");
        assertBadInput(CommandLineRun.of("fit", runs, "--drop-highest", "15"),
                "5 runs cannot identify 5 constants (E, A, B, alpha, beta): at least 6 are needed (after dropping the 15"
                        + " highest losses)");
        Path oneSize = directory.resolve("one-size.csv");
        Files.writeString(oneSize, "params,tokens,loss\n" + "1e8,1e9,3.1\n1e8,2e9,3.0\n1e8,4e9,2.9\n1e8,8e9,2.85\n"
                + "1e8,1.6e10,2.8\n1e8,3.2e10,2.78\n");
        assertBadInput(CommandLineRun.of("fit", oneSize.toString()), "all runs have the same model size (1e8 parameters)");
        assertBadInput(CommandLineRun.of("fit", directory.resolve("none.csv").toString()), "no such file");
    }

    private static void assertBadInput(CommandLineRun run, String expected) {
        assertEquals(2, run.code(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("flopsplit fit: ") && run.err().contains(expected), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }
}
