package io.flopsplit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.inference.Strategies;
import io.flopsplit.keys.Key;
import io.flopsplit.keys.OptionalNumberKey;
import io.flopsplit.scenario.DeploymentSection;
import io.flopsplit.scenario.TasksSection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The defaults of the options that have a scenario key are the keys' own, in {@code --help} and in
 * the README: a default changed on its key changes everywhere, and a default written by hand
 * somewhere else fails here.
 */
class DefaultsAreWrittenOnceTest {

    /** Every option with a key, and the key's default as text. */
    private static Map<String, String> keyDefaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        for (Key<?> key : Strategies.parameters()) {
            if (!(key instanceof OptionalNumberKey)) {
                defaults.put(key.optionName(), text(key));
            }
        }
        defaults.put(DeploymentSection.PROMPT_TOKENS.optionName(), text(DeploymentSection.PROMPT_TOKENS));
        defaults.put(DeploymentSection.ANSWER_TOKENS.optionName(), text(DeploymentSection.ANSWER_TOKENS));
        defaults.put("--suite", TasksSection.DEFAULT_SUITE);
        return defaults;
    }

    private static <T> String text(Key<T> key) {
        return key.write(key.defaultValue()).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"test-time", "match"})
    void helpShowsEveryKeyDefault(String command) {
        String usage = CommandLineRun.of(command, "--help").out();
        String help = usage.substring(usage.indexOf("\n      --")).replaceAll("\\s+", " ");
        for (Map.Entry<String, String> option : keyDefaults().entrySet()) {
            Matcher block = Pattern.compile(Pattern.quote(option.getKey()) + "=\\S+ (.*?)(?= -[-a-zA-Z]|$)").matcher(help);
            assertTrue(block.find(), command + " --help has no " + option.getKey());
            Matcher shown = Pattern.compile("[Dd]efault:? ([^ );,]+)").matcher(block.group(1));
            assertTrue(shown.find(), option.getKey() + " shows no default: " + block.group(1));
            assertEquals(option.getValue(), shown.group(1).replaceFirst("\\.$", ""), option.getKey());
        }
    }

    @org.junit.jupiter.api.Test
    void theReadmeWritesTheKeysDefaults() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        Matcher sentence = Pattern.compile("Defaults \\(fitted where the key's description says so, assumptions otherwise;"
                + " override them\\):(.*?)\\.\\s*\\n\\n",
                Pattern.DOTALL).matcher(readme);
        assertTrue(sentence.find(), "the README lists the test-time defaults");
        Matcher pair = Pattern.compile("`(--[a-z-]+) ([^`]+)`").matcher(sentence.group(1));
        List<String> checked = new ArrayList<>();
        Map<String, String> defaults = keyDefaults();
        while (pair.find()) {
            assertTrue(defaults.containsKey(pair.group(1)), "the README names " + pair.group(1) + ", which has no key");
            assertEquals(defaults.get(pair.group(1)), pair.group(2), "README default of " + pair.group(1));
            checked.add(pair.group(1));
        }
        assertFalse(checked.isEmpty());
        assertEquals(List.copyOf(defaults.keySet()).stream().filter(name -> !name.equals("--suite")).sorted().toList(),
                checked.stream().sorted().toList(), "the README lists every default");
    }
}
