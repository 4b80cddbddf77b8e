package io.flopsplit.report;

import io.flopsplit.compute.NumberText;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes rows in an {@link OutputFormat}. Tables and CSV share one header, the union of the rows'
 * field names in order of first appearance (a row without a field leaves its cell empty); JSON
 * writes each row as one object on its own line with only its own fields. Tables round numbers to
 * five significant digits; JSON and CSV keep every digit.
 */
public final class RowWriter {

    private static final int TABLE_DIGITS = 5;

    private RowWriter() {
    }

    /** Writes {@code rows} to {@code out} in {@code format} and flushes. */
    public static void write(List<Row> rows, OutputFormat format, PrintWriter out) {
        switch (format) {
            case TABLE -> writeTable(rows, out);
            case JSON -> rows.forEach(row -> out.println(JsonLine.of(row)));
            case CSV -> writeCsv(rows, out);
        }
        out.flush();
    }

    /** The rows in {@code format}, as the text {@link #write} would print. */
    public static String text(List<Row> rows, OutputFormat format) {
        StringWriter text = new StringWriter();
        write(rows, format, new PrintWriter(text));
        return text.toString();
    }

    /**
     * The union of the rows' field names. A name first seen in a later row is placed right after the
     * field that precedes it in that row, so every row's own order is kept where the rows agree.
     */
    static List<String> columns(List<Row> rows) {
        List<String> columns = new ArrayList<>();
        for (Row row : rows) {
            int cursor = -1;
            for (Row.Field field : row.fields()) {
                int index = columns.indexOf(field.name());
                if (index < 0) {
                    index = cursor + 1;
                    columns.add(index, field.name());
                }
                cursor = index;
            }
        }
        return columns;
    }

    static String cell(Row row, String column, boolean rounded) {
        for (Row.Field field : row.fields()) {
            if (field.name().equals(column)) {
                if (field.value() instanceof Long whole) {
                    return whole.toString();
                }
                return field.value() instanceof Double number
                        ? (rounded ? NumberText.significant(number, TABLE_DIGITS) : NumberText.exact(number))
                        : (String) field.value();
            }
        }
        return "";
    }

    private static void writeTable(List<Row> rows, PrintWriter out) {
        List<String> columns = columns(rows);
        int[] widths = columns.stream().mapToInt(String::length).toArray();
        List<String[]> cells = new ArrayList<>();
        for (Row row : rows) {
            String[] line = new String[columns.size()];
            for (int c = 0; c < line.length; c++) {
                line[c] = cell(row, columns.get(c), true);
                widths[c] = Math.max(widths[c], line[c].length());
            }
            cells.add(line);
        }
        out.println(tableLine(columns.toArray(String[]::new), widths));
        cells.forEach(line -> out.println(tableLine(line, widths)));
    }

    private static String tableLine(String[] values, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < values.length; c++) {
            line.append(c == 0 ? "" : "  ").append(String.format("%-" + widths[c] + "s", values[c]));
        }
        return line.toString().stripTrailing();
    }

    private static void writeCsv(List<Row> rows, PrintWriter out) {
        List<String> columns = columns(rows);
        out.println(String.join(",", columns.stream().map(RowWriter::csvQuote).toList()));
        for (Row row : rows) {
            out.println(String.join(",", columns.stream().map(c -> csvQuote(cell(row, c, false))).toList()));
        }
    }

    private static String csvQuote(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
