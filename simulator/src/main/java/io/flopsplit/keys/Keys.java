package io.flopsplit.keys;

import io.flopsplit.compute.Range;
import java.util.List;

/** Shorthands for declaring keys, and the rules every key's name and description follow. */
public final class Keys {

    private Keys() {
    }

    /** A number with a default in a range. */
    public static NumberKey number(String name, String description, double defaultValue, Range range) {
        return new NumberKey(name, description, defaultValue, range);
    }

    /** A whole number with a default in [low, high]. */
    public static WholeKey whole(String name, String description, long defaultValue, long low, long high) {
        return new WholeKey(name, description, defaultValue, low, high);
    }

    /** A word with a default. */
    public static TextKey text(String name, String description, String defaultValue) {
        return new TextKey(name, description, defaultValue);
    }

    /** One of a fixed list of words. */
    public static ChoiceKey choice(String name, String description, String defaultValue, List<String> choices) {
        return ChoiceKey.of(name, description, defaultValue, choices);
    }

    /** Keys are camelCase words with a description. */
    static void checkName(String name, String description) {
        if (name == null || !name.matches("[a-z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("name: must be a camelCase word, was " + name);
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException(name + ": must have a description");
        }
    }
}
