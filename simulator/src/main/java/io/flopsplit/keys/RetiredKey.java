package io.flopsplit.keys;

import io.flopsplit.yaml.Fields;

/**
 * A key that scenarios no longer take: given, it is one error at the key naming what replaced it,
 * rather than the generic "unknown key".
 *
 * @param name the retired key
 * @param replacement what to write instead, one sentence
 */
public record RetiredKey(String name, String replacement) {

    public RetiredKey {
        Keys.checkName(name, replacement);
    }

    /** Fails, at the key, when {@code fields} still give it. */
    public void refuse(Fields fields) {
        fields.node(name).ifPresent(node -> {
            throw node.error("retired; " + replacement);
        });
    }
}
