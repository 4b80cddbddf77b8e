package io.flopsplit.keys;

import java.util.List;

/**
 * A documented group of keys — a scenario section such as {@code deployment}, or one nested in
 * another such as {@code data.selection} — for the reference scenario and the JSON Schema: its
 * name, what it describes, its keys in order and the sections it holds.
 *
 * @param name the section's key
 * @param description what it describes
 * @param keys its keys, in the order they are written
 * @param sections the sections nested in it, written after its keys
 */
public record Section(String name, String description, List<Key<?>> keys, List<Section> sections) {

    public Section {
        Keys.checkName(name, description);
        keys = List.copyOf(keys);
        sections = List.copyOf(sections);
    }

    /** A section without nested ones. */
    public static Section of(String name, String description, List<Key<?>> keys) {
        return new Section(name, description, keys, List.of());
    }
}
