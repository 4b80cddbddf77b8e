package io.flopsplit.tasks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a task suite from YAML (Jackson). Keys are the record components' names; unknown keys are
 * errors; every error names the key path, the file and the line:
 * {@code difficulty.sd: must be > 0, was -1 (suites/x.yaml:4)}. Example:
 * <pre>
 * id: my-suite                # default: the file name
 * difficulty:                 # normal | uniform | beta | mixture | list
 *   type: normal
 *   mean: 0
 *   sd: 2
 * discrimination: 1           # a, default 1
 * ability:                    # θ(L) = (referenceLoss − L)/lossScale; or give anchors instead
 *   lossScale: 0.0467
 * anchors:                    # one (with ability.lossScale) or two
 *   - {loss: 1.95, passAt1: 0.30}
 * distractors: {count: 10, zipfExponent: 0.9}   # the defaults
 * gridPoints: 1024            # default
 * </pre>
 * Other difficulty types: {@code uniform} (low, high), {@code beta} (alpha, beta, low = 0, high = 1),
 * {@code list} (values), {@code mixture} (components: a list of {weight, distribution}).
 */
public final class SuiteFile {

    private final Path file;
    private final Map<String, Integer> lines;

    private SuiteFile(Path file, Map<String, Integer> lines) {
        this.file = file;
        this.lines = lines;
    }

    /** Reads and validates the suite in {@code file}. */
    public static TaskSuite read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read the suite file (" + e.getMessage() + ")");
        }
        try {
            JsonNode root = new YAMLMapper().readTree(text);
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException(file + ": must be a YAML mapping of suite keys");
            }
            return new SuiteFile(file, lines(text)).suite(new Node(root, ""));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ":" + e.getLocation().getLineNr() + ": not valid YAML ("
                    + e.getOriginalMessage() + ")");
        }
    }

    private TaskSuite suite(Node root) {
        root.allow(this, "id", "difficulty", "discrimination", "ability", "anchors", "distractors", "gridPoints");
        String name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        String id = root.has("id") ? root.get("id").node().asText() : name;
        DifficultyDistribution difficulty = SuiteFileParts.distribution(this, root.required(this, "difficulty"));
        double a = root.has("discrimination") ? number(root.get("discrimination")) : 1;
        int gridPoints = root.has("gridPoints") ? (int) number(root.get("gridPoints")) : TaskSuite.DEFAULT_GRID_POINTS;
        Distractors distractors = SuiteFileParts.distractors(this, root.has("distractors") ? root.get("distractors") : null);
        AbilityScale scale = SuiteFileParts.ability(this, root, difficulty, a, gridPoints);
        return checked(root, () -> new TaskSuite(id, difficulty, a, scale, distractors, gridPoints,
                "suite file " + file));
    }

    /** A number at {@code node} (YAML numbers, or text such as {@code 1e-3}). */
    double number(Node node) {
        JsonNode value = node.node();
        if (value.isNumber()) {
            return value.asDouble();
        }
        if (value.isTextual()) {
            try {
                return Double.parseDouble(value.asText().trim());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw error(node, "must be a number, was '" + value.asText() + "'");
    }

    /** Runs a record constructor, reporting its complaint under {@code node}'s key path. */
    <T> T checked(Node node, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            String prefix = node.path().isEmpty() ? "" : node.display() + ".";
            String key = e.getMessage().split(":", 2)[0];
            Node at = node.node().isObject() && node.has(key) ? node.get(key) : node;
            throw new IllegalArgumentException(prefix + e.getMessage() + " (" + file + lineOf(at) + ")", e);
        }
    }

    IllegalArgumentException error(Node node, String message) {
        return new IllegalArgumentException(node.display() + ": " + message + " (" + file + lineOf(node) + ")");
    }

    private String lineOf(Node node) {
        String path = node.path();
        while (!path.isEmpty()) {
            Integer line = lines.get(path);
            if (line != null) {
                return ":" + line;
            }
            path = path.substring(0, path.lastIndexOf('/'));
        }
        return "";
    }

    /** Line of every key, by JSON pointer, from one streaming pass. */
    private static Map<String, Integer> lines(String text) throws JsonProcessingException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = new YAMLFactory().createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || parser.getParsingContext().inArray()) {
                    lines.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(),
                            parser.currentTokenLocation().getLineNr());
                }
            }
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return lines;
    }

    /** A YAML node with its JSON-pointer path. */
    record Node(JsonNode node, String path) {

        boolean has(String key) {
            return node.has(key);
        }

        Node get(String key) {
            return new Node(node.get(key), path + "/" + key);
        }

        Node required(SuiteFile file, String key) {
            if (!node.has(key)) {
                throw file.error(this, "missing key '" + key + "'");
            }
            return get(key);
        }

        List<Node> elements(SuiteFile file) {
            if (!node.isArray()) {
                throw file.error(this, "must be a list");
            }
            List<Node> elements = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                elements.add(new Node(node.get(i), path + "/" + i));
            }
            return elements;
        }

        void allow(SuiteFile file, String... keys) {
            if (!node.isObject()) {
                throw file.error(this, "must be a mapping of keys");
            }
            List<String> allowed = List.of(keys);
            node.fieldNames().forEachRemaining(key -> {
                if (!allowed.contains(key)) {
                    throw file.error(get(key), "unknown key; known here: " + String.join(", ", allowed));
                }
            });
        }

        /** {@code anchors[0].loss} for {@code /anchors/0/loss}. */
        String display() {
            StringBuilder text = new StringBuilder();
            for (String part : path.split("/")) {
                if (part.isEmpty()) {
                    continue;
                }
                if (part.chars().allMatch(Character::isDigit)) {
                    text.append('[').append(part).append(']');
                } else {
                    text.append(text.length() == 0 ? "" : ".").append(part);
                }
            }
            return text.length() == 0 ? "(top level)" : text.toString();
        }
    }
}
