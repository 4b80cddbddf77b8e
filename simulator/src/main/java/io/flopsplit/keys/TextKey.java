package io.flopsplit.keys;

import io.flopsplit.yaml.Fields;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A word or sentence, with a default.
 *
 * @param name the key
 * @param description what it means
 * @param defaultValue its value when left out
 */
public record TextKey(String name, String description, String defaultValue) implements Key<String> {

    public TextKey {
        Keys.checkName(name, description);
        if (defaultValue == null) {
            throw new IllegalArgumentException(name + ": default must be given");
        }
    }

    @Override
    public String read(Fields fields) {
        return fields.node(name).map(Fields::text).orElse(defaultValue);
    }

    @Override
    public String check(String value) {
        if (value == null) {
            throw new IllegalArgumentException(name + ": must be given");
        }
        return value;
    }

    @Override
    public Optional<String> write(String value) {
        return Optional.of(YamlText.text(value));
    }

    @Override
    public String domain() {
        return "text";
    }

    @Override
    public Map<String, Object> schema() {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "string");
        schema.put("default", defaultValue);
        schema.put("description", description);
        return schema;
    }
}
