package io.flopsplit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C during {@code run --out}, for real: a separate JVM runs far more trials than it can finish
 * and is sent SIGTERM (which, like SIGINT, runs the shutdown hooks). It must exit with 130 and one
 * line saying what was kept, and write the results, the effective scenario (recording the trials
 * completed and those requested) and the report with its figures, drawn while the JVM shuts down.
 */
class RunInterruptTest {

    private static final String REQUESTED = "100000000";

    @TempDir
    Path directory;

    @Test
    void anInterruptedRunWritesWhatItCompletedTheFiguresAndTheReport() throws Exception {
        Path file = Files.writeString(directory.resolve("quick.yaml"),
                "deployment: {queries: 1e6}\npolicies: [chinchilla, inference-aware]\n");
        Path out = directory.resolve("out");
        Process process = start("run", file.toString(), "--trials", REQUESTED, "--threads", "1", "--out",
                out.toString());
        process.waitFor(10, TimeUnit.SECONDS);
        process.destroy();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the run did not stop");
        String err = Files.readString(directory.resolve("err"));
        assertEquals(128 + 15, process.exitValue(), "SIGTERM's exit code (Ctrl-C's SIGINT gives 130): " + err);
        Matcher kept = Pattern.compile("flopsplit run: interrupted; results cover the (\\d+) trials completed of quick\n")
                .matcher(err);
        assertTrue(kept.find(), err);
        String effective = Files.readString(out.resolve("effective-scenario.yaml"));
        assertTrue(effective.startsWith("# Interrupted after " + kept.group(1) + " of " + REQUESTED + " requested trials"),
                effective);
        for (String name : List.of("results.csv", "results.jsonl", "report.html", "run-accuracy.png", "run-flops.svg")) {
            assertTrue(Files.size(out.resolve(name)) > 0, name + " written");
        }
    }

    private Process start(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(directory.resolve("stdout").toFile())
                .redirectError(directory.resolve("err").toFile()).start();
    }
}
