package io.flopsplit.laws;

import io.flopsplit.compute.NumberText;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses user-given Chinchilla-form constants, {@code custom:E=..,A=..,B=..,alpha=..,beta=..}, into
 * a profile whose source says it is the user's own.
 */
final class CustomLaw {

    static final String PREFIX = "custom:";
    private static final List<String> KEYS = List.of("e", "a", "b", "alpha", "beta");

    private CustomLaw() {
    }

    static LawProfile parse(String spec) {
        Map<String, Double> values = new HashMap<>();
        for (String part : spec.substring(PREFIX.length()).split(",")) {
            String[] pair = part.split("=", 2);
            String key = pair[0].trim().toLowerCase(Locale.ROOT);
            if (pair.length != 2 || !KEYS.contains(key)) {
                throw new IllegalArgumentException("custom law: expected E=..,A=..,B=..,alpha=..,beta=.., got '"
                        + part.trim() + "'");
            }
            if (values.put(key, number(key, pair[1].trim())) != null) {
                throw new IllegalArgumentException("custom law: " + pair[0].trim() + " is given twice");
            }
        }
        for (String key : KEYS) {
            if (!values.containsKey(key)) {
                throw new IllegalArgumentException("custom law: missing " + display(key));
            }
        }
        ChinchillaLaw law = new ChinchillaLaw(values.get("e"), values.get("a"), values.get("b"),
                values.get("alpha"), values.get("beta"));
        return new LawProfile(spec, law, Citation.userSupplied("custom Chinchilla-form constants L = E + A/N^alpha + B/D^beta"));
    }

    private static String display(String key) {
        return key.length() == 1 ? key.toUpperCase(Locale.ROOT) : key;
    }

    /** A constant in the notation of every number ({@link NumberText#parse}). */
    private static double number(String key, String text) {
        return NumberText.parse(text).orElseThrow(() -> new IllegalArgumentException("custom law: " + display(key)
                + " must be a number such as 1e24, was '" + text + "'"));
    }
}
