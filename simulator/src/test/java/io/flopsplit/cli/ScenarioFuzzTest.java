package io.flopsplit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import io.flopsplit.ReRunHint;
import io.flopsplit.policy.Policy;
import io.flopsplit.scenario.Scenario;
import io.flopsplit.scenario.ScenarioReader;
import io.flopsplit.scenario.ScenarioWorlds;
import io.flopsplit.trial.Trial;
import io.flopsplit.trial.World;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzing of the scenario reader and of {@code run}: mutations of every shipped scenario
 * ({@link ScenarioMutations}) must each end in exit code 0, or in exit code 2 with one line that
 * names the file and line; never an exception, an internal error (exit 1) or a hang (each command
 * has a time limit). Whatever {@code validate} accepts must run: {@code run --trials 2} exits 0.
 * Inputs whose two trials would take more than {@value #RUN_WORK_BUDGET} draws ({@link Trial#check})
 * are validated only, to keep a fuzzing minute for many inputs; they are counted apart.
 *
 * <p>The seed is QuickTheories' (the build pins {@code QT_SEED}); the time is the system property
 * {@code fuzz.seconds} (90 in the build; {@code mvn -B verify -pl simulator -Dtest=ScenarioFuzzTest
 * -Dfuzz.seconds=1800 -Dsurefire.failIfNoSpecifiedTests=false} fuzzes for half an hour). Outcomes by
 * class are printed and written to {@code target/fuzz-summary.txt}; a failing input is written to
 * {@code target/fuzz-failures/} — add it to {@code src/test/resources/fuzz-corpus/}, whose inputs
 * (past failures) are checked on every build.
 */
@ExtendWith(ReRunHint.class)
class ScenarioFuzzTest {

    /** The most draws the two trials of an accepted input may take to be run here (about 20 s). */
    static final double RUN_WORK_BUDGET = 2e9;
    private static final long VALIDATE_SECONDS = 120;
    private static final long RUN_SECONDS = 600;
    private static final Path WORK = Path.of("target", "fuzz");
    private static final Map<String, AtomicInteger> OUTCOMES = new TreeMap<>();
    private static final ExecutorService COMMANDS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fuzzed-command");
        thread.setDaemon(true);
        return thread;
    });

    @Test
    void mutatedScenariosAreRefusedWithALocatedLineOrRun() throws IOException {
        long seconds = Long.getLong("fuzz.seconds", 90);
        Files.createDirectories(WORK);
        qt().withUnlimitedExamples().withTestingTime(seconds, TimeUnit.SECONDS).withShrinkCycles(30)
                .forAll(ScenarioMutations.of(ScenarioMutations.shipped()))
                .checkAssert(input -> check(input.text().getBytes(StandardCharsets.UTF_8), input.toString()));
    }

    static Stream<Path> corpus() throws IOException {
        return Files.list(Path.of("src/test/resources/fuzz-corpus")).sorted();
    }

    /** Past failures, kept as regression inputs. */
    @ParameterizedTest
    @MethodSource("corpus")
    void pastFailuresAreRefusedWithALocatedLineOrRun(Path input) throws IOException {
        Files.createDirectories(WORK);
        check(Files.readAllBytes(input), input.getFileName().toString());
    }

    @AfterAll
    static void summary() throws IOException {
        StringBuilder text = new StringBuilder("fuzzed inputs by outcome (seed " + System.getProperty("QT_SEED")
                + ", " + Long.getLong("fuzz.seconds", 90) + " s):\n");
        int total = 0;
        synchronized (OUTCOMES) {
            for (Map.Entry<String, AtomicInteger> outcome : OUTCOMES.entrySet()) {
                text.append(String.format("%8d  %s%n", outcome.getValue().get(), outcome.getKey()));
                total += outcome.getValue().get();
            }
        }
        text.append(String.format("%8d  in all%n", total));
        System.out.print(text);
        Files.writeString(Path.of("target", "fuzz-summary.txt"), text);
    }

    private static void count(String outcome) {
        synchronized (OUTCOMES) {
            OUTCOMES.computeIfAbsent(outcome, key -> new AtomicInteger()).incrementAndGet();
        }
    }

    /** The checks every input passes; a failure saves the input. */
    static void check(byte[] bytes, String description) {
        try {
            Path file = WORK.resolve("input.yaml");
            Files.write(file, bytes);
            try {
                count(outcome(file));
            } catch (AssertionError | RuntimeException e) {
                Path failures = Files.createDirectories(Path.of("target", "fuzz-failures"));
                Path saved = failures.resolve("failure-" + Integer.toHexString(Arrays.hashCode(bytes)) + ".yaml");
                Files.write(saved, bytes);
                throw new AssertionError(e.getMessage() + "\ninput saved as " + saved + "; it was " + description, e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String outcome(Path file) {
        CommandLineRun validate = timed("validate", VALIDATE_SECONDS, () -> CommandLineRun.of("validate", file.toString()));
        if (validate.code() == ErrorReporting.BAD_INPUT) {
            return "refused (exit 2): " + located(validate.err(), file);
        }
        assertEquals(0, validate.code(), "validate must exit 0 or 2: " + validate.err());
        double work = timed("reading it again", VALIDATE_SECONDS, () -> work(file));
        if (work > RUN_WORK_BUDGET) {
            return "accepted; not run here (two trials would take about " + (work > 1e10 ? "> 1e10" : "> 2e9") + " draws)";
        }
        CommandLineRun run = timed("run", RUN_SECONDS, () -> CommandLineRun.of("run", file.toString(), "--trials", "2",
                "--format", "csv"));
        assertEquals(0, run.code(), "validate accepted it, so run --trials 2 must exit 0: " + run.err());
        return "accepted and ran (exit 0)";
    }

    /** The work of two trials of every policy of every scenario in {@code file}, as the work bound counts it. */
    private static double work(Path file) {
        double work = 0;
        for (Scenario scenario : ScenarioReader.read(file)) {
            World nominal = new ScenarioWorlds(scenario).nominal();
            for (Policy policy : scenario.policies()) {
                work += 2 * Trial.check(nominal, policy).total();
            }
        }
        return work;
    }

    private static final Pattern LOCATED = Pattern.compile(
            "flopsplit validate: (.+) \\((.+?)(:([0-9]+))?\\) \\(see 'flopsplit validate --help'\\)");
    private static final Pattern WHOLE_FILE = Pattern.compile("is empty|holds more than .* bytes");

    /** Checks that {@code err} is one line naming the file and, unless the whole file is at fault, the line; returns its class. */
    private static String located(String err, Path file) {
        String line = err.strip();
        assertTrue(!line.contains("\n") && !line.contains("\tat "), "one line, no stack trace: " + err);
        Matcher located = LOCATED.matcher(line);
        assertTrue(located.matches(), "names the file: " + line);
        assertEquals(file.toString(), located.group(2), line);
        String problem = located.group(1);
        assertTrue(located.group(4) != null || WHOLE_FILE.matcher(problem).find(), "names the line: " + line);
        return kind(problem);
    }

    private static String kind(String problem) {
        List<String[]> kinds = List.of(
                new String[] {"is not valid YAML", "malformed YAML"},
                new String[] {"is not UTF-8", "not UTF-8"},
                new String[] {"a line of|a value of|a key of|holds more than", "beyond an input limit"},
                new String[] {"is given twice", "a key given twice"},
                new String[] {"unknown key", "an unknown key"},
                new String[] {"is required", "a required key missing"},
                new String[] {"a trial would take", "a trial beyond the work bound"},
                new String[] {"cannot run", "a policy that cannot run"},
                new String[] {"must be a mapping|must be a list|must be a single value|must be a number or a distri",
                        "a value of the wrong kind"},
                new String[] {"must be|must not|must stay|must have|must form", "a value out of its range"},
                new String[] {"aliases|is empty|named twice|variants of its own|listed twice|unknown", "other refusals"},
                new String[] {"more than one YAML document", "several YAML documents"});
        for (String[] kind : kinds) {
            if (Pattern.compile(kind[0]).matcher(problem).find()) {
                return kind[1];
            }
        }
        return "other: " + problem.replaceAll("[0-9]+", "#").replaceAll("'[^']*'", "'…'")
                .substring(0, Math.min(60, problem.length()));
    }

    private static <T> T timed(String command, long seconds, Supplier<T> work) {
        Future<T> future = COMMANDS.submit(work::get);
        try {
            return future.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return fail(command + " did not finish within " + seconds + " s: a hang");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            return fail(command + " threw " + e.getCause(), e.getCause());
        }
    }
}
