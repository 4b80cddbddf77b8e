package io.flopsplit.report;

import io.flopsplit.compute.NumberText;

/** A row as one JSON object on one line: fields in order, strings escaped, numbers plain. */
final class JsonLine {

    private JsonLine() {
    }

    static String of(Row row) {
        StringBuilder json = new StringBuilder("{");
        for (Row.Field field : row.fields()) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(quote(field.name())).append(':');
            Object value = field.value();
            json.append(value instanceof Double number ? NumberText.exact(number)
                    : value instanceof Long whole ? whole.toString() : quote((String) value));
        }
        return json.append('}').toString();
    }

    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
