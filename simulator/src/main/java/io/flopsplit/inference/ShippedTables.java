package io.flopsplit.inference;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The success tables the release ships ({@value #RESOURCE}, next to this class): every node table
 * of the default constants of every tabulated strategy, with each verifier preset, on the
 * distractors of every suite preset ({@link TableCatalogue}), so that no process builds a table the
 * release already holds. {@link BudgetGrid} looks a node up by its key ({@link TableFamily}) and
 * builds what is missing (other constants, a custom suite). The resource is read once per process,
 * when a table is first asked for.
 *
 * <p>Format (UTF-8 text, gzip-compressed): a comment line, then per family a line
 * {@code table <key>} followed by one line per node, {@code <k> <value> ...}, the values of the
 * grid's nodes in order, each the hexadecimal digits of its bits ({@link Double#doubleToRawLongBits}),
 * so that a shipped table equals a freshly built one bit for bit and reads fast (about 24,000 values,
 * in tens of milliseconds). {@code docs/regenerate} writes it ({@link #generate}); a
 * test rebuilds a sample of entries and checks that every key the catalogue needs is present.
 */
public final class ShippedTables {

    /** The resource's name, relative to this class. */
    public static final String RESOURCE = "success-tables.txt.gz";
    private static final String HEADER = "# flopsplit success tables, format " + TableFamily.FORMAT
            + ": written by docs/regenerate, read by io.flopsplit.inference.ShippedTables; do not edit";
    private static final String FAMILY = "table ";

    /** The shipped tables, read when first needed. */
    private static final class Shipped {
        static final Map<String, Map<Integer, double[]>> TABLES = load();
    }

    private ShippedTables() {
    }

    /** The shipped table of {@code familyKey} at node k on {@code grid}, if the release holds it. */
    static Optional<SuccessTable> find(String familyKey, int k, SuccessTable.Grid grid) {
        Map<Integer, double[]> family = Shipped.TABLES.get(familyKey);
        double[] values = family == null ? null : family.get(k);
        return values == null ? Optional.empty() : Optional.of(SuccessTable.of(grid, values));
    }

    /** Every shipped table: family key to node to values (unmodifiable; for checks). */
    static Map<String, Map<Integer, double[]>> all() {
        return Shipped.TABLES;
    }

    private static Map<String, Map<Integer, double[]>> load() {
        try (InputStream in = ShippedTables.class.getResourceAsStream(RESOURCE)) {
            return in == null ? Map.of() : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped success tables " + RESOURCE + ": " + e.getMessage(),
                    e);
        }
    }

    /**
     * Parses shipped tables.
     *
     * @throws IllegalStateException naming the line that is not in the format
     */
    static Map<String, Map<Integer, double[]>> read(InputStream compressed) throws IOException {
        Map<String, Map<Integer, double[]>> tables = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(compressed),
                StandardCharsets.UTF_8));
        String line = lines.readLine();
        if (!HEADER.equals(line)) {
            throw malformed(1, "must open with \"" + HEADER + "\", was \"" + line + "\"");
        }
        Map<Integer, double[]> family = null;
        int number = 1;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.startsWith(FAMILY)) {
                family = new LinkedHashMap<>();
                if (tables.put(line.substring(FAMILY.length()), family) != null) {
                    throw malformed(number, "a family listed twice");
                }
            } else if (family == null) {
                throw malformed(number, "a node before the first \"" + FAMILY + "\" line");
            } else {
                readNode(line, number, family);
            }
        }
        tables.replaceAll((key, nodes) -> Map.copyOf(nodes));
        return Map.copyOf(tables);
    }

    private static void readNode(String line, int number, Map<Integer, double[]> family) {
        String[] fields = line.split(" ");
        try {
            double[] values = new double[fields.length - 1];
            for (int j = 0; j < values.length; j++) {
                values[j] = Double.longBitsToDouble(Long.parseUnsignedLong(fields[j + 1], 16));
            }
            if (values.length == 0 || family.put(Integer.parseInt(fields[0]), values) != null) {
                throw malformed(number, "a node must be listed once, with its values");
            }
        } catch (NumberFormatException e) {
            throw malformed(number, "not a number: " + e.getMessage());
        }
    }

    private static IllegalStateException malformed(int line, String what) {
        return new IllegalStateException(RESOURCE + " line " + line + ": " + what
                + " (regenerate it with docs/regenerate)");
    }

    /**
     * Builds every table of the catalogue afresh (never from the shipped ones) and returns the
     * resource's content; {@code progress} hears of each family as it is built.
     */
    public static byte[] generate(Consumer<String> progress) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(new GZIPOutputStream(bytes), StandardCharsets.UTF_8)) {
            out.write(HEADER + "\n");
            for (TableFamily family : TableCatalogue.families()) {
                progress.accept(family.key());
                out.write(FAMILY + family.key() + "\n");
                for (int k : family.nodes()) {
                    out.write(line(k, family.build(k).values()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String line(int k, double[] values) {
        StringBuilder line = new StringBuilder().append(k);
        for (double value : values) {
            line.append(' ').append(Long.toHexString(Double.doubleToRawLongBits(value)));
        }
        return line.append('\n').toString();
    }
}
