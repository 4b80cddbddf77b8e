package io.flopsplit.keys;

import io.flopsplit.compute.NumberText;
import java.util.Locale;
import java.util.Set;

/**
 * Scalars as flopsplit writes them into YAML: numbers in their shortest exact form, words plain
 * where YAML reads them back as the same word and double-quoted otherwise — when empty, when they
 * hold characters YAML gives a meaning, when YAML 1.1 would read them as null, a boolean or a
 * number, or when they hold control characters or unpaired surrogates (escaped: a YAML file may
 * spell one as a backslash-u escape, and UTF-8 cannot hold it raw), so that every text reads back unchanged.
 */
public final class YamlText {

    private static final Set<String> RESERVED = Set.of("null", "~", "true", "false", "yes", "no", "on", "off", "y",
            "n");

    private YamlText() {
    }

    /** A number, exactly: {@code 1e23}, {@code 0.8}. */
    public static String number(double value) {
        return NumberText.exact(value);
    }

    /** A word or sentence, quoted and escaped where YAML needs it. */
    public static String text(String value) {
        boolean plain = !value.isEmpty() && value.matches("[A-Za-z_./][A-Za-z0-9_ ./;()+-]*") && !value.endsWith(" ")
                && !RESERVED.contains(value.toLowerCase(Locale.ROOT)) && !value.contains(" #")
                && !value.contains(": ");
        return plain ? value : quoted(value);
    }

    private static String quoted(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                case '\r' -> quoted.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029
                            || c == 0xfeff || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                        quoted.append(String.format(Locale.ROOT, "\\u%04x", c));
                    } else {
                        quoted.appendCodePoint(c);
                    }
                }
            }
        });
        return quoted.append('"').toString();
    }
}
