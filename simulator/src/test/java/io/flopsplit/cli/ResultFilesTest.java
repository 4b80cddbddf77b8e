package io.flopsplit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.flopsplit.scenario.Scenario;
import io.flopsplit.scenario.ScenarioReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** {@code --out}: checked before the run, never written outside, whole files with the umask's permissions. */
class ResultFilesTest {

    private static final String SMALL = String.join("\n",
            "budget: {total: 1e22}",
            "deployment: {queries: 1e8, simulatedQueries: 100}",
            "policies: [chinchilla, inference-aware]",
            "montecarlo: {trials: 4, seed: 3}",
            "");

    @TempDir
    Path directory;

    private Path scenario(String variants) throws Exception {
        Path file = directory.resolve("scenario.yaml");
        Files.writeString(file, SMALL + variants);
        return file;
    }

    private static List<String> tree(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(root::relativize).map(Path::toString).sorted().toList();
        }
    }

    @Test
    void aVariantNameNeverReachesOutsideTheOutputDirectory() throws Exception {
        Path file = scenario("variants:\n  - {name: \"q/../../../escaped\"}\n  - {name: \"..\"}\n");
        Path out = directory.resolve("a/b/out");
        CommandLineRun run = CommandLineRun.of("run", file.toString(), "--out", out.toString(), "--trials", "2");
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of("a/b/out/effective-scenario-q-..-..-..-escaped.yaml", "a/b/out/effective-scenario-unnamed.yaml",
                "a/b/out/report.html", "a/b/out/results.csv", "a/b/out/results.jsonl"),
                tree(directory).stream().filter(name -> name.startsWith("a/b/out/") && !name.contains("/run-")).toList());
        assertTrue(tree(directory).stream().allMatch(name -> name.startsWith("a/b/out/") || name.equals("scenario.yaml")),
                "everything written is inside --out: " + tree(directory));
        assertTrue(Files.readString(out.resolve("effective-scenario-q-..-..-..-escaped.yaml")).contains("escaped"));
    }

    @Test
    void namesThatShareAFileAreRefusedBeforeTheRun() throws Exception {
        Path file = scenario("variants:\n  - {name: \"R >> 1\"}\n  - {name: \"R/1\"}\n  - {name: \"r-1\"}\n");
        Path out = directory.resolve("out");
        CommandLineRun run = CommandLineRun.of("run", file.toString(), "--out", out.toString(), "--trials", "2");
        assertEquals(2, run.code(), run.err());
        assertEquals("", run.out(), "the run must not start");
        assertTrue(run.err().startsWith("flopsplit run: --out: scenario scenario/R/1 and scenario scenario/R >> 1 would"
                + " both be written to effective-scenario-R-1.yaml"), run.err());
        assertFalse(Files.exists(out), "nothing is created");
    }

    @Test
    void aDirectoryWhereAFileGoesIsRefusedBeforeTheRun() throws Exception {
        Path out = directory.resolve("out");
        Files.createDirectories(out.resolve("results.csv"));
        CommandLineRun run = CommandLineRun.of("run", scenario("").toString(), "--out", out.toString(), "--trials", "2");
        assertEquals(2, run.code(), run.err());
        assertEquals("", run.out(), "the run must not start");
        assertEquals("flopsplit run: --out: " + out.resolve("results.csv") + " is a directory; the run would write a file"
                + " there (see 'flopsplit run --help')", run.err().strip());
    }

    @Test
    void aPlaceWhereNoFileCanBeCreatedIsRefusedBeforeTheRun() throws Exception {
        Path proc = Path.of("/proc/flopsplit-out");
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "no /proc here");
        Path file = scenario("");
        for (Path out : List.of(proc, file)) {
            CommandLineRun run = CommandLineRun.of("run", file.toString(), "--out", out.toString(), "--trials", "2");
            assertEquals(2, run.code(), run.err());
            assertEquals("", run.out(), "the run must not start");
            assertFalse(run.err().strip().contains("\n") || run.err().contains("Exception"), run.err());
            assertTrue(run.err().startsWith("flopsplit run: --out: "), run.err());
        }
    }

    @Test
    void aFailureWhileWritingIsOneLineAndKeepsWhatWasWritten() throws Exception {
        CommandLine commandLine = new CommandLine(new RunCommand());
        List<Scenario> scenarios = ScenarioReader.read(scenario(""));
        Path out = directory.resolve("out");
        ResultFiles files = ResultFiles.prepare(commandLine, out, scenarios);
        Files.createDirectories(out.resolve("results.jsonl/blocked"));
        ParameterException failure = assertThrows(ParameterException.class,
                () -> files.write("csv\n", "{}\n", List.of("name: x\n")));
        assertTrue(failure.getMessage().startsWith("--out: cannot write " + out.resolve("results.jsonl") + ": "),
                failure.getMessage());
        assertTrue(failure.getMessage().endsWith("; written before it: results.csv"), failure.getMessage());
        assertFalse(failure.getMessage().contains("\n"));
        assertEquals("csv\n", Files.readString(out.resolve("results.csv")));
        assertEquals(List.of("results.csv"), tree(out), "no temporary file is left behind");
    }

    @Test
    void filesGetTheProcessUmaskNotOwnerOnly() throws Exception {
        assumeTrue(Files.getFileAttributeView(directory, PosixFileAttributeView.class) != null, "no POSIX permissions");
        Path out = directory.resolve("out");
        CommandLineRun run = CommandLineRun.of("run", scenario("").toString(), "--out", out.toString(), "--trials", "2");
        assertEquals(0, run.code(), run.err());
        Path reference = Files.writeString(directory.resolve("reference.txt"), "written like any other file");
        var expected = Files.getPosixFilePermissions(reference);
        for (String name : List.of("results.csv", "results.jsonl", "effective-scenario.yaml")) {
            assertEquals(expected, Files.getPosixFilePermissions(out.resolve(name)), name);
        }
    }

    @Test
    void sanitisedNamesKeepSafeCharactersOnly() {
        assertEquals("q-..-..-..-escaped", ResultFiles.sanitise("q/../../../escaped"));
        assertEquals("x", ResultFiles.sanitise("../x"));
        assertEquals("unnamed", ResultFiles.sanitise("/"));
        assertEquals("R-1e24_FLOPs", ResultFiles.sanitise("R ≫ 1e24_FLOPs"));
        assertEquals(120, ResultFiles.sanitise("v".repeat(500)).length());
    }
}
