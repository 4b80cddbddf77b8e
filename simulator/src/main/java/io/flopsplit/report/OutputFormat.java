package io.flopsplit.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How results are written: an aligned table for people, JSON lines or CSV for scripts. */
public enum OutputFormat {
    TABLE, JSON, CSV;

    /** The name users type, in lower case. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code table}, {@code json} or {@code csv}, in any case. */
    public static OutputFormat parse(String text) {
        for (OutputFormat format : values()) {
            if (format.id().equalsIgnoreCase(text.trim())) {
                return format;
            }
        }
        throw new IllegalArgumentException("must be one of " + Arrays.stream(values()).map(OutputFormat::id)
                .collect(Collectors.joining(", ")) + ", was '" + text + "'");
    }
}
