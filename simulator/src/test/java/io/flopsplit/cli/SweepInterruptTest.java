package io.flopsplit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C during a sweep, for real: a separate JVM runs the sweep and is sent SIGTERM (which, like
 * SIGINT, runs the shutdown hooks) once its first cell is written. What it completed must be kept —
 * whole cells, the combined results over them, no temporary file — and {@code --resume} must then
 * give exactly the results of an uninterrupted sweep.
 */
class SweepInterruptTest {

    private static final int CELLS = 16;

    @TempDir
    Path directory;

    @Test
    void anInterruptedSweepKeepsItsCompletedCellsAndResumes() throws Exception {
        Path file = Files.writeString(directory.resolve("small.yaml"), SweepCommandTest.SMALL);
        String[] sweep = {"sweep", file.toString(), "--vary", "budget.total=1e21..1e23:" + CELLS + ":log", "--trials",
            "16", "--threads", "1", "--format", "json"};
        Path out = directory.resolve("out");
        Process process = start(SweepCommandTest.with(sweep, "--out", out.toString()));
        Path first = out.resolve("cells/cell-0001.jsonl");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(first) && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(Files.exists(first), "the sweep wrote no cell: " + Files.readString(directory.resolve("err")));
        process.destroy();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the sweep did not stop");
        String err = Files.readString(directory.resolve("err"));
        List<String> cells = SweepOutTest.names(out.resolve("cells"));
        assertTrue(cells.size() < CELLS, "the signal came too late to interrupt anything: " + err);
        assertTrue(err.contains("flopsplit sweep: interrupted; " + cells.size() + " of " + CELLS + " cells completed,"
                + " kept in " + out.resolve("cells") + "; add --resume to continue"), err);
        String combined = Files.readString(out.resolve("results.jsonl"));
        assertEquals(cells.size(), combined.lines().filter(l -> l.contains("\"fingerprint\"")).count(),
                "the combined results hold every completed cell");
        try (Stream<Path> files = Files.walk(out)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".partial")), "no temporary file left");
        }
        CommandLineRun resumed = CommandLineRun.of(SweepCommandTest.with(sweep, "--out", out.toString(), "--resume"));
        assertEquals(0, resumed.code(), resumed.err());
        CommandLineRun whole = CommandLineRun.of(sweep);
        assertEquals(whole.out(), resumed.out());
        assertEquals(whole.out(), Files.readString(out.resolve("results.jsonl")));
    }

    private Process start(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(directory.resolve("stdout").toFile())
                .redirectError(directory.resolve("err").toFile()).start();
    }
}
