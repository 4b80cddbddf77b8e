package io.flopsplit.yaml;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lays one YAML tree over another: mappings merge key by key (recursively), anything else in the
 * overlay replaces what the base had. Nodes keep their own locations, so an error in a value that
 * came from the overlay points at the overlay's line.
 */
public final class Overlay {

    private Overlay() {
    }

    /** {@code base} with {@code overlay} laid over it. */
    public static YamlNode merge(YamlNode base, YamlNode overlay) {
        if (base instanceof YamlNode.Mapping baseMap && overlay instanceof YamlNode.Mapping overMap) {
            Map<String, YamlNode> merged = new LinkedHashMap<>(baseMap.entries());
            overMap.entries().forEach((key, value) -> merged.merge(key, value, Overlay::merge));
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
