package io.flopsplit.cli;

import io.flopsplit.report.Row;

/** Reads the fields of result rows back, for the adapters that draw a command's rows. */
final class RowValues {

    private RowValues() {
    }

    static double number(Row row, String name) {
        return (Double) value(row, name);
    }

    static String text(Row row, String name) {
        return (String) value(row, name);
    }

    private static Object value(Row row, String name) {
        return row.fields().stream().filter(field -> field.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("row has no field " + name)).value();
    }

    /** A law id or other label as a file-name part: lower case, digits, '.' and '-' only. */
    static String fileName(String text) {
        String name = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("^-+|-+$", "");
        return name.isEmpty() ? "x" : name;
    }
}
