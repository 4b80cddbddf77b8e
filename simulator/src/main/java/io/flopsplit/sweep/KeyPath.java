package io.flopsplit.sweep;

import io.flopsplit.keys.Key;
import io.flopsplit.keys.Section;
import io.flopsplit.scenario.MonteCarloSection;
import io.flopsplit.scenario.Scenario;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The path of one documented scenario key, such as {@code budget.total} or
 * {@code data.selection.keptFraction}: section names, then the key's name, checked against the
 * sections' descriptors ({@link Scenario#SECTIONS}), so a path that names no key is refused before
 * anything runs. The {@code montecarlo} section is not a world setting and cannot be swept: every
 * cell of a sweep plays the same trials with the same seed.
 *
 * @param path the dotted path as written
 * @param key the key it names
 */
public record KeyPath(String path, Key<?> key) {

    public KeyPath {
        if (path == null || key == null || !path.endsWith(key.name())) {
            throw new IllegalArgumentException("path: must end with its key's name, was " + path);
        }
    }

    /** The path's parts: the sections, then the key's name. */
    public List<String> parts() {
        return Arrays.asList(path.split("\\."));
    }

    /**
     * The key at {@code path}; the failure says what the path lacks and what it could have named.
     */
    public static KeyPath parse(String path) {
        if (path.isBlank()) {
            throw new IllegalArgumentException("the key path is empty; name a scenario key such as budget.total");
        }
        String[] parts = path.split("\\.", -1);
        if (parts.length < 2) {
            throw new IllegalArgumentException("'" + path + "' is not a key path; write SECTION.KEY, one of the"
                    + " sections " + names(Scenario.SECTIONS) + " and a key of it, e.g. budget.total");
        }
        if (parts[0].equals(MonteCarloSection.SECTION.name())) {
            throw new IllegalArgumentException(path + " cannot be swept: every cell plays the same trials with the"
                    + " same seed (set them with --trials, --seed and --precision)");
        }
        Section section = find(Scenario.SECTIONS, parts[0]).orElseThrow(() -> new IllegalArgumentException(
                "unknown key path " + path + ": no section '" + parts[0] + "'; the sections are "
                        + names(Scenario.SECTIONS)));
        for (int i = 1; i < parts.length - 1; i++) {
            String name = parts[i];
            Section outer = section;
            section = find(section.sections(), name).orElseThrow(() -> new IllegalArgumentException(
                    "unknown key path " + path + ": " + outer.name() + " has no section '" + name + "'"
                            + (outer.sections().isEmpty() ? "" : "; its sections are " + names(outer.sections()))));
        }
        String last = parts[parts.length - 1];
        Section owner = section;
        if (find(owner.sections(), last).isPresent()) {
            throw new IllegalArgumentException(path + " is a section, not a key; name one of its keys: "
                    + keys(find(owner.sections(), last).get()));
        }
        Key<?> key = owner.keys().stream().filter(k -> k.name().equals(last)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown key path " + path + ": " + owner.name()
                        + " has no key '" + last + "'; its keys are " + keys(owner)));
        return new KeyPath(path, key);
    }

    private static Optional<Section> find(List<Section> sections, String name) {
        return sections.stream().filter(section -> section.name().equals(name)).findFirst();
    }

    private static String names(List<Section> sections) {
        return String.join(", ", sections.stream().map(Section::name)
                .filter(name -> !name.equals(MonteCarloSection.SECTION.name())).toList());
    }

    private static String keys(Section section) {
        return String.join(", ", section.keys().stream().map(Key::name).toList());
    }
}
