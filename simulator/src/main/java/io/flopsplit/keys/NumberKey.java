package io.flopsplit.keys;

import io.flopsplit.compute.Range;
import io.flopsplit.yaml.Fields;
import io.flopsplit.yaml.YamlNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A finite number in a {@link Range}, with a default.
 *
 * @param name the key
 * @param description what it means, unit and source
 * @param defaultValue its value when left out, inside the range
 * @param range the values allowed
 */
public record NumberKey(String name, String description, Double defaultValue, Range range) implements Key<Double> {

    public NumberKey {
        Keys.checkName(name, description);
        if (defaultValue == null || range == null) {
            throw new IllegalArgumentException(name + ": default and range must be given");
        }
        range.check(name, defaultValue);
    }

    @Override
    public Double read(Fields fields) {
        return fields.node(name).map(this::read).orElse(defaultValue);
    }

    /** The number a node holds, checked against the range; the error is located at the node. */
    public double read(YamlNode node) {
        double value = Fields.number(node);
        if (!range.contains(value)) {
            throw node.error(range.problem(value));
        }
        return value;
    }

    @Override
    public Double check(Double value) {
        return range.check(name, value);
    }

    @Override
    public Optional<String> write(Double value) {
        return Optional.of(YamlText.number(value));
    }

    @Override
    public String domain() {
        return range.describe();
    }

    @Override
    public Map<String, Object> schema() {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "number");
        schema.putAll(range.schema());
        schema.put("default", defaultValue);
        schema.put("description", description);
        return schema;
    }
}
