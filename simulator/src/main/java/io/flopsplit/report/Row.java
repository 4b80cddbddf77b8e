package io.flopsplit.report;

import io.flopsplit.compute.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One result: named fields in a fixed order, each a text, a finite number or a whole number (kept
 * exact: a seed of 19 digits must not print rounded). A row refuses NaN and infinities so that
 * none ever reaches a table, a JSON line or a CSV file.
 */
public final class Row {

    /** A named value: a {@link String}, a finite {@link Double} or a {@link Long}. */
    public record Field(String name, Object value) {
        public Field {
            Checks.present("name", name);
            Checks.present(name, value);
            if (value instanceof Double number) {
                Checks.finite(name, number);
            } else if (!(value instanceof String || value instanceof Long)) {
                throw new IllegalArgumentException(name + ": must be text or a number, was " + value.getClass());
            }
        }
    }

    private final List<Field> fields = new ArrayList<>();

    /** Adds a text field. */
    public Row text(String name, String value) {
        fields.add(new Field(name, value));
        return this;
    }

    /** Adds a number field; it must be finite. */
    public Row number(String name, double value) {
        fields.add(new Field(name, value));
        return this;
    }

    /** Adds a whole-number field, written with every digit. */
    public Row whole(String name, long value) {
        fields.add(new Field(name, value));
        return this;
    }

    /** The fields, in the order they were added. */
    public List<Field> fields() {
        return Collections.unmodifiableList(fields);
    }
}
