package io.flopsplit.keys;

import io.flopsplit.yaml.Fields;
import io.flopsplit.yaml.YamlNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A value with a structure of its own — an arrival curve, a distribution, the uncertainty of a law —
 * read from its YAML node by {@code reader} and written back by {@code writer}.
 *
 * @param name the key
 * @param description what it means
 * @param defaultValue its value when left out (may be null only when {@code writer} leaves it out)
 * @param domain the values it allows, for people
 * @param reader reads the node; its errors are located at the node or inside it
 * @param writer the value as YAML flow text, or empty to leave the key out
 * @param checker checks a value given programmatically, failing with the key's name
 * @param schema its JSON Schema fragment
 * @param <T> the type of its value
 */
public record NodeKey<T>(String name, String description, T defaultValue, String domain,
                         Function<YamlNode, T> reader, Function<T, Optional<String>> writer, UnaryOperator<T> checker,
                         Map<String, Object> schema) implements Key<T> {

    public NodeKey {
        Keys.checkName(name, description);
        schema = new LinkedHashMap<>(schema);
        schema.put("description", description);
        schema = Collections.unmodifiableMap(schema);
    }

    @Override
    public T read(Fields fields) {
        return fields.node(name).map(reader).orElse(defaultValue);
    }

    @Override
    public T check(T value) {
        return checker.apply(value);
    }

    @Override
    public Optional<String> write(T value) {
        return writer.apply(value);
    }

    @Override
    public Map<String, Object> schema() {
        return schema;
    }
}
