package io.flopsplit.keys;

import io.flopsplit.yaml.Fields;
import io.flopsplit.yaml.YamlNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One word of a list, with a default. The list may be a registry's current ids (strategies,
 * policies), asked for each time, so that what users register is accepted too.
 *
 * @param name the key
 * @param description what it means
 * @param defaultValue its value when left out, one of the choices
 * @param choices the words allowed
 */
public record ChoiceKey(String name, String description, String defaultValue, Supplier<List<String>> choices)
        implements Key<String> {

    public ChoiceKey {
        Keys.checkName(name, description);
        if (defaultValue == null || choices == null) {
            throw new IllegalArgumentException(name + ": default and choices must be given");
        }
    }

    /** A choice among a fixed list. */
    public static ChoiceKey of(String name, String description, String defaultValue, List<String> choices) {
        List<String> fixed = List.copyOf(choices);
        ChoiceKey key = new ChoiceKey(name, description, defaultValue, () -> fixed);
        key.check(defaultValue);
        return key;
    }

    @Override
    public String read(Fields fields) {
        return fields.node(name).map(this::read).orElse(defaultValue);
    }

    /** The word a node holds, one of the choices; the error is located at the node. */
    public String read(YamlNode node) {
        String value = Fields.text(node);
        if (!choices.get().contains(value)) {
            throw node.error(problem(value));
        }
        return value;
    }

    @Override
    public String check(String value) {
        if (!choices.get().contains(value)) {
            throw new IllegalArgumentException(name + ": " + problem(value));
        }
        return value;
    }

    private String problem(String value) {
        return "must be " + domain() + ", was '" + value + "'";
    }

    @Override
    public Optional<String> write(String value) {
        return Optional.of(YamlText.text(value));
    }

    /** The choices for people: {@code a, b or c}. */
    @Override
    public String domain() {
        List<String> all = choices.get();
        return all.size() == 1 ? all.get(0)
                : String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.get(all.size() - 1);
    }

    @Override
    public Map<String, Object> schema() {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("enum", List.copyOf(choices.get()));
        schema.put("default", defaultValue);
        schema.put("description", description);
        return schema;
    }
}
