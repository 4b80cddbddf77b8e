package io.flopsplit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestTimeCommandTest {

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void jsonLinesCarryStrategyKAccuracyAndFlops() {
        Result result = run("test-time", "--params", "8e9", "--tokens", "15e12", "--suite", "math-like",
                "--strategy", "best-of-k-oracle,majority-vote", "--k", "1,100", "--format", "json");
        assertEquals(0, result.code(), result.err());
        String[] lines = result.out().strip().split("\n");
        assertEquals(4, lines.length);
        assertTrue(lines[1].contains("\"strategy\":\"best-of-k-oracle\""), lines[1]);
        assertTrue(lines[1].contains("\"k\":100"), lines[1]);
        assertTrue(lines[1].contains("\"accuracy\":0.82"), lines[1]);
        assertTrue(lines[1].contains("\"flopsPerQuery\":4.512e14"), lines[1]);
        assertFalse(result.out().contains("NaN"));
    }

    @Test
    void csvAndTableShareTheColumns() {
        Result csv = run("test-time", "--params", "8e9", "--tokens", "15e12", "--strategy", "greedy", "--k", "1",
                "--format", "csv");
        assertTrue(csv.out().startsWith("law,suite,params,tokens,loss,strategy,k,accuracy,flopsPerQuery"), csv.out());
        Result table = run("test-time", "--params", "8e9", "--tokens", "15e12", "--strategy", "greedy", "--k", "1");
        assertTrue(table.out().contains("greedy") && table.out().contains("7.68e12"), table.out());
    }

    /**
     * A per-query budget is named in the plan's choice (that no bin's option exceeds it is
     * {@code AdaptiveProperties}'); the default average budget is not.
     */
    @Test
    void aPerQueryBudgetIsNamedInTheChoice() {
        Result result = run("test-time", "--params", "8e9", "--tokens", "15e12", "--suite", "snell-math",
                "--strategy", "adaptive", "--difficulty-estimate", "oracle", "--adaptive-budget", "per-query",
                "--k", "43", "--format", "csv");
        assertEquals(0, result.code(), result.err());
        String row = result.out().strip().split("\n")[1];
        assertTrue(row.contains("oracle difficulty (upper bound), budget per query: "), row);
        Result average = run("test-time", "--params", "8e9", "--tokens", "15e12", "--suite", "snell-math",
                "--strategy", "adaptive", "--difficulty-estimate", "oracle", "--k", "43", "--format", "csv");
        assertFalse(average.out().contains("budget per query"), average.out());
    }

    @Test
    void beamSearchRowsBeyondItsRangeAreOmittedWithANote() {
        Result result = run("test-time", "--params", "8e9", "--tokens", "15e12", "--strategy", "beam-search",
                "--k", "4,1000", "--format", "json");
        assertEquals(0, result.code());
        assertEquals(1, result.out().strip().split("\n").length);
        assertTrue(result.err().contains("k = 1000"), result.err());
    }

    @Test
    void anOptionNoStrategyAskedForReadsIsNotedAndOneReadIsNot() {
        Result revisions = run("test-time", "--params", "8e9", "--tokens", "15e12", "--strategy", "revisions",
                "--verifier", "armorm", "--k", "4");
        assertEquals(0, revisions.code(), revisions.err());
        assertTrue(revisions.err().contains("note: --verifier is read by none of the strategies asked for (revisions)"),
                revisions.err());
        Result own = run("test-time", "--params", "8e9", "--tokens", "15e12", "--strategy", "revisions",
                "--revision-verifier", "snell-prm", "--k", "4");
        assertEquals("", own.err());
        // adaptive chooses among revisions and the others, so it reads their options too
        Result adaptive = run("test-time", "--params", "8e9", "--tokens", "15e12", "--strategy", "adaptive",
                "--revision-verifier", "snell-prm", "--beam-step-concentration", "3", "--k", "4");
        assertEquals("", adaptive.err());
        Result match = run("match", "--params", "8e9", "--tokens", "15e12", "--strategy", "greedy", "--bins", "3",
                "--size-ratio", "14", "--inference-ratio", "1");
        assertTrue(match.err().contains("note: --bins is read by none of the strategies asked for (greedy)"),
                match.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--k|0|--k",
        "--verifier-auc|0.4|--verifier-auc",
        "--prm-auc|1.5|--prm-auc",
        "--difficulty-noise|0.5|difficultyProbes samples scored by the verifier and charged to each query",
        "--difficulty-probes|0|--difficulty-probes",
        "--difficulty-estimate|free|--difficulty-estimate",
        "--adaptive-budget|pooled|--adaptive-budget",
        "--revision-keep|1|--revision-keep",
        "--beam-step-separation|0|--beam-step-separation",
        "--beam-step-concentration|0.0001|--beam-step-concentration",
        "--strategy|best-of-k|unknown strategy 'best-of-k'",
        "--suite|gsm-like|unknown suite preset 'gsm-like'"})
    void badInputIsOneLineAndExitCodeTwo(String option, String value, String expected) {
        Result result = run("test-time", "--params", "8e9", "--tokens", "15e12", option, value);
        assertEquals(2, result.code());
        assertTrue(result.err().contains(expected), result.err());
        assertEquals(1, result.err().strip().split("\n").length, result.err());
    }

    @Test
    void readsASuiteFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("suite.yaml");
        Files.writeString(file, "difficulty:\n  type: uniform\n  low: -3\n  high: 3\nability:\n  lossScale: 0.05\n"
                + "anchors:\n  - {loss: 2.0, passAt1: 0.3}\n");
        Result result = run("test-time", "--params", "1e9", "--tokens", "2e10", "--suite", file.toString(),
                "--strategy", "greedy", "--k", "1", "--format", "json", "--law", "custom:E=1.69,A=406.4,B=410.7,alpha=0.34,beta=0.28");
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("\"suite\":\"suite\""), result.out());
    }

    @Test
    void aBadSuiteFileNamesTheFileKeyAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "difficulty:\n  type: normal\n  sd: -1\nanchors:\n  - {loss: 2.0, passAt1: 0.3}\n"
                + "ability: {lossScale: 0.05}\n");
        Result result = run("test-time", "--params", "1e9", "--tokens", "2e10", "--suite", file.toString());
        assertEquals(2, result.code());
        assertTrue(result.err().contains("difficulty.sd: must be > 0, was -1 (" + file + ":3)"), result.err());
        assertEquals(1, result.err().strip().split("\n").length, result.err());
    }
}
