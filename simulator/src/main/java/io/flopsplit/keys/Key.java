package io.flopsplit.keys;

import io.flopsplit.yaml.Fields;
import java.util.Map;
import java.util.Optional;

/**
 * One documented key: its name, what it means (with its unit and source), its default, the values
 * it allows, how it is read from a located YAML mapping and how it is written back. The closed
 * family: plain numbers ({@link NumberKey}), numbers that may be left out ({@link OptionalNumberKey}),
 * whole numbers ({@link WholeKey}), words ({@link TextKey}), one of a list of words
 * ({@link ChoiceKey}), and values with a structure of their own ({@link NodeKey}).
 *
 * @param <T> the type of its value
 */
public sealed interface Key<T> permits NumberKey, OptionalNumberKey, WholeKey, TextKey, ChoiceKey, NodeKey {

    /** The key as written in files, camelCase, e.g. {@code prmAuc}. */
    String name();

    /** What it means, with its unit and source; one or a few sentences. */
    String description();

    /** Its value when it is left out. */
    T defaultValue();

    /**
     * Its value in {@code fields}: the default when the key is absent (or null); otherwise the
     * value given, checked against {@link #domain()}, an error located at the key when it is not.
     */
    T read(Fields fields);

    /** Checks a value given programmatically: the failure names the key, e.g. {@code steps: must be in [1, 64], was 0}. */
    T check(T value);

    /** The value as YAML text that {@link #read} reads back to it; empty when it is written by leaving the key out. */
    Optional<String> write(T value);

    /** The values it allows, for people: {@code > 0}, {@code in [1, 64]}, {@code poisson or {curve: ...}}. */
    String domain();

    /** A JSON Schema (draft 7) fragment describing the value, with its description and default. */
    Map<String, Object> schema();

    /** The name as a command-line option: {@code prmAuc} becomes {@code --prm-auc}. */
    default String optionName() {
        return "--" + name().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
