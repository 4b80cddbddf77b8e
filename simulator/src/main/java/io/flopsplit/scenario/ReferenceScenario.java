package io.flopsplit.scenario;

import io.flopsplit.keys.Key;
import io.flopsplit.keys.Section;
import io.flopsplit.keys.Written;
import io.flopsplit.policy.Policies;
import io.flopsplit.policy.PolicyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reference scenario: every key of every section with its default, its meaning and the values it
 * allows, and every registered policy with its options — written from the keys' own declarations, so
 * that it cannot disagree with them. {@code flopsplit reference} prints it; the repository keeps a
 * copy as {@code scenarios/reference.yaml}, which a test compares with this output.
 */
public final class ReferenceScenario {

    private static final int COMMENT_COLUMN = 32;
    private static final int WIDTH = 110;

    private static final String HEADER = ScenarioSchema.MODELINE + "\n" + """
            # flopsplit reference scenario: every key, with its default and its meaning.
            # Written by `flopsplit reference` from the keys' declarations; do not edit by hand.
            #
            # A scenario describes one world — a compute budget, a loss law, a data pool, a task suite and a
            # deployment — and the allocation policies to compare in it over Monte Carlo trials. Every key may
            # be left out; its default is the value written here. Unknown keys are errors. Numbers accept
            # scientific notation (1e23). A key whose values say "a number or a distribution" takes a plain
            # number or a distribution, drawn anew in every trial (the same draw for every policy of that trial):
            #   {normal: {mean: 1, sd: 0.1}}            optionally truncated: {normal: {mean: 1, sd: 0.1, low: 0, high: 2}}
            #   {lognormal: {median: 1e9, sigma: 0.5}}  sigma of the logarithm
            #   {uniform: {low: 0, high: 1}}
            #   {triangular: {low: 0, mode: 0.2, high: 1}}
            #   {beta: {alpha: 2, beta: 5, low: 0, high: 1}}
            # The first line points editors with the YAML language server at the JSON Schema of scenario files
            # (written by `flopsplit schema`), for completion and early errors; `flopsplit validate` is the authority.
            # Run it:  java -jar simulator/target/flopsplit.jar run scenarios/reference.yaml
            # Check it: java -jar simulator/target/flopsplit.jar validate scenarios/reference.yaml

            """;

    private static final String VARIANTS = """

            # variants:                     # optional: run the scenario once per variant, each overriding keys; a
            #   - name: light               # variant's name is appended to the scenario's, and names must differ
            #     deployment: {queries: 1e6}
            #   - name: heavy
            #     deployment: {queries: 1e11}
            """;

    private ReferenceScenario() {
    }

    /** The reference scenario as YAML, with the registered policies. */
    public static String yaml() {
        StringBuilder y = new StringBuilder(HEADER);
        line(y, 0, "name: reference", ScenarioReader.NAME.description());
        line(y, 0, "question: \"\"", ScenarioReader.QUESTION.description());
        for (Section section : Scenario.SECTIONS) {
            if (section == MonteCarloSection.SECTION) {
                policies(y);
            }
            y.append('\n');
            section(y, section, 0);
        }
        return y.append(VARIANTS).toString();
    }

    private static void section(StringBuilder y, Section section, int indent) {
        line(y, indent, section.name() + ":", section.description());
        for (Key<?> key : section.keys()) {
            key(y, key, indent + 2);
        }
        for (Section nested : section.sections()) {
            section(y, nested, indent + 2);
        }
    }

    private static <T> void key(StringBuilder y, Key<T> key, int indent) {
        Optional<String> value = key.write(key.defaultValue());
        String text = value.map(v -> key.name() + ": " + v).orElse("# " + key.name() + ":");
        line(y, indent, text, key.description() + " (" + key.domain() + ")");
    }

    private static void policies(StringBuilder y) {
        y.append('\n');
        line(y, 0, ScenarioReader.POLICIES + ":", PolicyReader.DESCRIPTION);
        for (PolicyType<?> type : Policies.types()) {
            Written options = type.defaultOptions().written();
            String item = options.isEmpty() ? type.name() : "{name: " + type.name() + ", " + options.flowEntries() + "}";
            line(y, 2, "- " + item, type.description() + optionsDescription(type));
        }
        line(y, 0, ScenarioReader.BASELINE.name() + ": chinchilla", ScenarioReader.BASELINE.description());
    }

    private static String optionsDescription(PolicyType<?> type) {
        List<String> options = new ArrayList<>();
        for (Key<?> option : type.options()) {
            options.add(option.name() + ": " + option.description() + " (" + option.domain() + ")");
        }
        return options.isEmpty() ? "" : ". Options: " + String.join("; ", options);
    }

    /**
     * One entry: {@code text} at {@code indent} with its comment from column 32, wrapped under itself;
     * an entry too long for that has its comment on the lines above it.
     */
    private static void line(StringBuilder y, int indent, String text, String comment) {
        String head = " ".repeat(indent) + text;
        if (head.length() >= COMMENT_COLUMN) {
            for (String above : wrap(comment, WIDTH - indent - 2)) {
                y.append(" ".repeat(indent)).append("# ").append(above).append('\n');
            }
            y.append(head).append('\n');
            return;
        }
        List<String> lines = wrap(comment, WIDTH - COMMENT_COLUMN - 2);
        y.append(head).append(" ".repeat(COMMENT_COLUMN - head.length())).append("# ").append(lines.get(0)).append('\n');
        for (String more : lines.subList(1, lines.size())) {
            y.append(" ".repeat(COMMENT_COLUMN)).append("# ").append(more).append('\n');
        }
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            if (current.length() > 0 && current.length() + 1 + word.length() > Math.max(width, 30)) {
                lines.add(current.toString());
                current.setLength(0);
            }
            current.append(current.length() > 0 ? " " : "").append(word);
        }
        lines.add(current.toString());
        return lines;
    }
}
