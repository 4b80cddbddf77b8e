package io.flopsplit.keys;

import io.flopsplit.compute.Range;
import io.flopsplit.yaml.Fields;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A number that may be left out, for a setting whose default is not a number but a rule (for
 * example "as large as the answering model").
 *
 * @param name the key
 * @param description what it means, unit, source, and what leaving it out means
 * @param range the values allowed when given
 * @param example a value to show in the reference scenario, inside the range
 */
public record OptionalNumberKey(String name, String description, Range range, double example)
        implements Key<OptionalDouble> {

    public OptionalNumberKey {
        Keys.checkName(name, description);
        range.check(name, example);
    }

    @Override
    public OptionalDouble defaultValue() {
        return OptionalDouble.empty();
    }

    @Override
    public OptionalDouble read(Fields fields) {
        return fields.node(name).map(node -> {
            double value = Fields.number(node);
            if (!range.contains(value)) {
                throw node.error(range.problem(value));
            }
            return OptionalDouble.of(value);
        }).orElse(OptionalDouble.empty());
    }

    @Override
    public OptionalDouble check(OptionalDouble value) {
        value.ifPresent(v -> range.check(name, v));
        return value;
    }

    @Override
    public Optional<String> write(OptionalDouble value) {
        return value.isPresent() ? Optional.of(YamlText.number(value.getAsDouble())) : Optional.empty();
    }

    @Override
    public String domain() {
        return range.describe() + ", or left out";
    }

    @Override
    public Map<String, Object> schema() {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "number");
        schema.putAll(range.schema());
        schema.put("description", description);
        return schema;
    }
}
