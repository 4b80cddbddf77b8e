package io.flopsplit.yaml;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Lays one YAML tree over another: the mappings at the given paths (the root and a document's
 * sections) merge key by key, and anything else in the overlay — a value, a list, or a mapping that
 * is one value such as a distribution — replaces what the base had, whole. Nodes keep their own
 * locations, so an error in a value that came from the overlay points at the overlay's line.
 */
public final class Overlay {

    private Overlay() {
    }

    /**
     * {@code base} with {@code overlay} laid over it, merging the mappings at the root and at
     * {@code sections} (dotted key paths such as {@code data.selection}). A variant's
     * {@code {normal: {...}}} over the file's {@code {uniform: {...}}} is a normal distribution, not
     * a mapping holding both.
     */
    public static YamlNode merge(YamlNode base, YamlNode overlay, Set<String> sections) {
        return merge(base, overlay, "", sections);
    }

    private static YamlNode merge(YamlNode base, YamlNode overlay, String path, Set<String> sections) {
        if ((path.isEmpty() || sections.contains(path)) && base instanceof YamlNode.Mapping baseMap
                && overlay instanceof YamlNode.Mapping overMap) {
            Map<String, YamlNode> merged = new LinkedHashMap<>(baseMap.entries());
            overMap.entries().forEach((key, value) -> merged.merge(key, value,
                    (below, over) -> merge(below, over, path.isEmpty() ? key : path + "." + key, sections)));
            return new YamlNode.Mapping(baseMap.location(), merged);
        }
        return overlay;
    }

    /** {@code mapping} without {@code key}. */
    public static YamlNode.Mapping without(YamlNode.Mapping mapping, String key) {
        Map<String, YamlNode> rest = new LinkedHashMap<>(mapping.entries());
        rest.remove(key);
        return new YamlNode.Mapping(mapping.location(), rest);
    }
}
