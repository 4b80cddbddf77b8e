package io.flopsplit.yaml;

import io.flopsplit.compute.NumberText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the keys of one YAML mapping into typed values, each with its documented default, and
 * refuses whatever is left: after reading, {@link #finish()} reports the first key nobody asked for,
 * with the keys that were expected. Values are validated where they belong, in the compact
 * constructors of the records they build; {@link #locate} turns such a failure
 * ({@code "total: must be > 0, was -1e23"}) into an {@link InputError} at the key's line and path.
 */
public final class Fields {

    private final YamlNode.Mapping mapping;
    private final Set<String> known = new LinkedHashSet<>();

    private Fields(YamlNode.Mapping mapping) {
        this.mapping = mapping;
    }

    /** The fields of {@code node}, which must be a mapping; an empty (null) node has no fields. */
    public static Fields of(YamlNode node) {
        if (node instanceof YamlNode.Mapping map) {
            return new Fields(map);
        }
        if (node instanceof YamlNode.Scalar scalar && scalar.isNull()) {
            return new Fields(new YamlNode.Mapping(node.location(), Map.of()));
        }
        throw node.error("must be a mapping of keys to values, was " + node.kind());
    }

    /** No fields at all, as when a section is left out: every key reads as its default. */
    public static Fields empty() {
        return new Fields(new YamlNode.Mapping(new YamlNode.Location("defaults", 0, ""), Map.of()));
    }

    /** Where the mapping is. */
    public YamlNode.Location location() {
        return mapping.location();
    }

    /** The node under {@code key}, if given (an explicit null counts as not given). */
    public Optional<YamlNode> node(String key) {
        known.add(key);
        YamlNode node = mapping.entries().get(key);
        if (node instanceof YamlNode.Scalar scalar && scalar.isNull()) {
            return Optional.empty();
        }
        return Optional.ofNullable(node);
    }

    /** The fields of the mapping under {@code key}; when it is not given, none, located at this mapping. */
    public Fields section(String key) {
        return of(node(key).orElseGet(() -> new YamlNode.Scalar(mapping.location(), "", true)));
    }

    /** The node under {@code key}, which must be given. */
    public YamlNode required(String key) {
        return node(key).orElseThrow(() -> mapping.location().child(key, mapping.location().line())
                .error("is required"));
    }

    /** A finite number under {@code key}, or {@code fallback}. */
    public double number(String key, double fallback) {
        return node(key).map(Fields::number).orElse(fallback);
    }

    /** A word under {@code key}, or {@code fallback}. */
    public String text(String key, String fallback) {
        return node(key).map(Fields::text).orElse(fallback);
    }

    /** A whole number under {@code key}, or {@code fallback}. */
    public long whole(String key, long fallback) {
        return node(key).map(Fields::whole).orElse(fallback);
    }

    /** {@code true} or {@code false} under {@code key}, or {@code fallback}. */
    public boolean flag(String key, boolean fallback) {
        return node(key).map(Fields::flag).orElse(fallback);
    }

    /** A list under {@code key}, each item read by {@code item}; empty when not given. */
    public <T> List<T> list(String key, Function<YamlNode, T> item) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        List<T> values = new ArrayList<>();
        items(node.get()).forEach(entry -> values.add(item.apply(entry)));
        return values;
    }

    /** The items of a list node. */
    public static List<YamlNode> items(YamlNode node) {
        if (!(node instanceof YamlNode.Sequence sequence)) {
            throw node.error("must be a list, was " + node.kind());
        }
        return sequence.items();
    }

    /** Refuses keys that were not read, naming the expected ones. */
    public void finish() {
        for (var entry : mapping.entries().entrySet()) {
            if (!known.contains(entry.getKey())) {
                throw entry.getValue().location().error("unknown key; expected one of " + String.join(", ", known));
            }
        }
    }

    /**
     * Reads a record from these fields, turning a validation failure named after one of the keys
     * ({@code "total: must be > 0, was -1"}) into an error at that key, and any other into an error
     * at the mapping.
     */
    public <T> T locate(Supplier<T> build) {
        try {
            return build.get();
        } catch (InputError e) {
            throw e;
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            int colon = message.indexOf(": ");
            String key = colon > 0 ? message.substring(0, colon) : "";
            YamlNode node = mapping.entries().get(key);
            if (node != null) {
                throw node.error(message.substring(colon + 2));
            }
            throw mapping.location().error(message);
        }
    }

    /**
     * A finite number in the notation of {@link NumberText#parse} (decimal or scientific,
     * underscores allowed between digits), the same as command-line options accept.
     */
    public static double number(YamlNode node) {
        String text = text(node);
        OptionalDouble value = NumberText.parse(text);
        if (value.isEmpty() && !text.strip().matches("(?i)[+-]?(nan|infinity)")) {
            throw node.error("must be a number such as 1e23, was '" + text + "'");
        }
        if (value.isEmpty() || !Double.isFinite(value.getAsDouble())) {
            throw node.error("must be a finite number, was '" + text + "'");
        }
        return value.getAsDouble();
    }

    /** A scalar's text. */
    public static String text(YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
            return scalar.text();
        }
        throw node.error("must be a single value, was " + node.kind());
    }

    /** A whole number. */
    public static long whole(YamlNode node) {
        double value = number(node);
        if (value != Math.rint(value) || Math.abs(value) > 1L << 53) {
            throw node.error("must be a whole number, was '" + text(node) + "'");
        }
        return (long) value;
    }

    /** {@code true} or {@code false}. */
    public static boolean flag(YamlNode node) {
        String text = text(node);
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        throw node.error("must be true or false, was '" + text + "'");
    }
}
