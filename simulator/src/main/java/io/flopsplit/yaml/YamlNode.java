package io.flopsplit.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of a located YAML tree: a mapping, a sequence or a scalar, each with its source file,
 * line and key path. Scalars keep their text; whether it is a number, a word or a flag is decided
 * by whoever reads the key, so that the error can say what was expected.
 */
public sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    /** Where the node is. */
    Location location();

    /** What kind of value this is, for messages: "a mapping", "a list", "a value". */
    String kind();

    /** An error about this node. */
    default InputError error(String problem) {
        return location().error(problem);
    }

    /**
     * Where a node is.
     *
     * @param source the file name as the user gave it
     * @param line 1-based line
     * @param path key path from the document root ("" for the root)
     */
    record Location(String source, int line, String path) {
        /** An error at this location. */
        public InputError error(String problem) {
            return new InputError(source, line, path, problem);
        }

        /** The location of key {@code key} of a mapping at this location, on {@code keyLine}. */
        Location child(String key, int keyLine) {
            return new Location(source, keyLine, path.isEmpty() ? key : path + "." + key);
        }

        /** The location of item {@code index} (0-based) of a list at this location. */
        Location item(int index, int itemLine) {
            return new Location(source, itemLine, path + "[" + index + "]");
        }
    }

    /** A mapping with its keys in file order; keys are unique. */
    record Mapping(Location location, Map<String, YamlNode> entries) implements YamlNode {
        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String kind() {
            return "a mapping";
        }
    }

    /** A list. */
    record Sequence(Location location, List<YamlNode> items) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    /**
     * A scalar: its text as written, and whether it was the YAML null ({@code ~}, {@code null} or nothing).
     *
     * @param location where it is
     * @param text its text ("" for null)
     * @param isNull whether it is the YAML null
     */
    record Scalar(Location location, String text, boolean isNull) implements YamlNode {
        @Override
        public String kind() {
            return isNull ? "empty" : "a value";
        }
    }
}
