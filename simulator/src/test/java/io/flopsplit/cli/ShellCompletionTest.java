package io.flopsplit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bash completion script {@code flopsplit generate-completion} prints, driven in a real bash:
 * the script is sourced, then its completion function is called with {@code COMP_WORDS} set as bash
 * sets them when TAB is pressed, and {@code COMPREPLY} is read back.
 */
class ShellCompletionTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    static Path directory;
    private static Path script;

    @BeforeAll
    static void writeTheScript() throws IOException {
        CommandLineRun generated = CommandLineRun.of("generate-completion");
        assertEquals(0, generated.code(), generated.err());
        script = Files.writeString(directory.resolve("flopsplit-completion.bash"), generated.out());
    }

    /** What bash offers when TAB is pressed after {@code words} (the last one being completed). */
    private static List<String> complete(String... words) throws IOException, InterruptedException {
        String function = "source \"$1\"; shift; COMP_WORDS=(\"$@\"); COMP_CWORD=$(( $# - 1 )); COMP_LINE=\"$*\";"
                + " COMP_POINT=${#COMP_LINE}; COMPREPLY=(); _complete_flopsplit; printf '%s\\n' \"${COMPREPLY[@]}\"";
        List<String> command = new ArrayList<>(List.of("bash", "-c", function, "bash", script.toString()));
        command.addAll(Arrays.asList(words));
        return Arrays.stream(run(command).split("\n")).filter(line -> !line.isEmpty()).sorted().toList();
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process bash = new ProcessBuilder(command).directory(REPOSITORY.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(30, TimeUnit.SECONDS), "bash did not finish");
        assertEquals(0, bash.exitValue(), "bash failed on " + command);
        return out;
    }

    @Test
    void theScriptRegistersItsFunctionForFlopsplit() throws Exception {
        String registered = run(List.of("bash", "-c", "source \"$1\"; complete -p flopsplit", "bash",
                script.toString()));
        assertEquals("complete -o default -F _complete_flopsplit flopsplit", registered.strip());
    }

    @Test
    void completesCommands() throws Exception {
        assertEquals(List.of("reference", "run"), complete("flopsplit", "r"));
        assertEquals(List.of("schema"), complete("flopsplit", "sch"));
    }

    @Test
    void completesOptionsOfACommand() throws Exception {
        assertEquals(List.of("--format"), complete("flopsplit", "run", "--f"));
        assertTrue(complete("flopsplit", "run", "--").containsAll(List.of("--format", "--out", "--trials", "--seed",
                "--threads", "--precision", "--help")));
    }

    @Test
    void completesFormatsAsTheyAreTyped() throws Exception {
        assertEquals(List.of("csv", "json", "table"), complete("flopsplit", "run", "--format", ""));
        assertEquals(List.of("json"), complete("flopsplit", "laws", "--format", "j"));
    }

    @Test
    void completesLawsStrategiesAndSuites() throws Exception {
        assertEquals(List.of("chinchilla", "chinchilla-sardana", "chinchilla-unrounded"),
                complete("flopsplit", "optimal", "--law", "chin"));
        assertEquals(List.of("best-of-k-oracle", "best-of-k-verifier"),
                complete("flopsplit", "test-time", "--strategy", "best"));
        assertEquals(List.of("math-like", "narrow", "snell-math"), complete("flopsplit", "match", "--suite", ""));
    }

    @Test
    void completesScenarioFiles() throws Exception {
        assertEquals(List.of("scenarios/quickstart.yaml"), complete("flopsplit", "run", "scenarios/quick"));
        assertEquals(List.of("scenarios/reference.yaml"), complete("flopsplit", "validate", "scenarios/ref"));
    }
}
