package io.flopsplit.inference;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.StringJoiner;

/**
 * The canonical text of a value built from records, enums, strings, booleans and numbers: what a
 * shipped success table is keyed by ({@link TableFamily}). Every record component is written, by
 * name and in declaration order, so a constant added to a table's model is part of its key without
 * anyone remembering to add it; a double is written in hexadecimal ({@link Double#toHexString}),
 * exact and the same on every JVM and in every locale (decimal {@code Double.toString} changed
 * between Java versions for some values). Anything else (an array, a lambda, an object whose equality
 * is its identity) is refused: its text would not identify a value.
 */
final class CanonicalText {

    private CanonicalText() {
    }

    /** The canonical text of {@code value}. */
    static String of(Object value) {
        if (value instanceof Double number) {
            return Double.toHexString(number);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof String text) {
            return quoted(text);
        }
        if (value instanceof Record record) {
            return ofRecord(record);
        }
        throw new IllegalArgumentException("value: must be a record, enum, string, boolean, int, long or double,"
                + " was " + (value == null ? "null" : value.getClass().getName()));
    }

    private static String ofRecord(Record record) {
        StringJoiner text = new StringJoiner(",", record.getClass().getSimpleName() + "(", ")");
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            text.add(component.getName() + "=" + of(read(component, record)));
        }
        return text.toString();
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + record.getClass().getName() + "." + component.getName(),
                    e);
        }
    }

    private static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c < ' ' || c == 0x7f) {
                throw new IllegalArgumentException("value: must hold no control character, was " + quoted(
                        text.replaceAll("\\p{Cntrl}", "?")));
            }
            if (c == '"' || c == '\\') {
                quoted.append('\\');
            }
            quoted.append(c);
        }
        return quoted.append('"').toString();
    }
}
