package io.flopsplit.fit;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.flopsplit.compute.ComputeConvention;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads training runs from a CSV file (Jackson's CSV parser): a header line naming the columns
 * (or the names given in {@link RunColumns#names()}), then one run per line; lines starting with
 * {@code #} and blank lines are skipped, other columns ignored. Every cell read must be a finite
 * number > 0; the first one that is not is an error naming the column, the value and the file's
 * line: {@code loss: must be a finite number > 0, was 'abc' (runs.csv:7)}.
 */
public final class RunsFile {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    /**
     * The FLOPs convention of a fit, C = 6·N·D (Hoffmann et al. 2022): how a flops column becomes
     * tokens, and how the fitted law's budgets become model sizes and tokens.
     */
    static final ComputeConvention CONVENTION = ComputeConvention.STANDARD;

    private RunsFile() {
    }

    /** The runs in {@code file}, in file order. */
    public static List<Run> read(Path file, RunColumns columns) {
        String source = file.toString();
        List<CsvLine> lines = lines(file, source);
        List<String> header = columns.names();
        int headerLine = 0;
        if (header.isEmpty()) {
            if (lines.isEmpty()) {
                throw new IllegalArgumentException("no header line naming the columns (" + source + ")");
            }
            header = lines.get(0).cells();
            headerLine = lines.get(0).number();
            lines = lines.subList(1, lines.size());
        }
        Layout layout = Layout.of(header, columns, source, headerLine);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("no runs after the header (" + source + ")");
        }
        List<Run> runs = new ArrayList<>();
        for (CsvLine line : lines) {
            runs.add(layout.run(line, source));
        }
        return runs;
    }

    /** One line of the file: its 1-based number and its cells. */
    private record CsvLine(int number, List<String> cells) {
    }

    /** Where each needed column is, and whether the amount column holds FLOPs. */
    private record Layout(List<String> header, int params, int amount, boolean flops, int loss) {

        static Layout of(List<String> header, RunColumns columns, String source, int line) {
            boolean useTokens = !columns.tokens().isEmpty()
                    && (columns.flops().isEmpty() || header.contains(columns.tokens()));
            String amount = useTokens ? columns.tokens() : columns.flops();
            return new Layout(header, index(header, columns.params(), source, line), index(header, amount, source, line),
                    !useTokens, index(header, columns.loss(), source, line));
        }

        private static int index(List<String> header, String name, String source, int line) {
            int index = header.indexOf(name);
            if (index < 0) {
                throw new IllegalArgumentException("no column '" + name + "'; the columns are " + String.join(", ", header)
                        + " (" + source + (line > 0 ? ":" + line : "") + ")");
            }
            return index;
        }

        Run run(CsvLine line, String source) {
            double n = number(line, params, source);
            double amountValue = number(line, amount, source);
            double d = flops ? CONVENTION.paramTokensFor(amountValue) / n : amountValue;
            if (!(d > 0) || !Double.isFinite(d)) {
                throw new IllegalArgumentException(header.get(amount) + ": gives D = C/(6N) = " + d
                        + " tokens, not a finite number > 0 (" + source + ":" + line.number() + ")");
            }
            return new Run(n, d, number(line, loss, source));
        }

        private double number(CsvLine line, int column, String source) {
            String name = header.get(column);
            String at = " (" + source + ":" + line.number() + ")";
            if (column >= line.cells().size() || line.cells().get(column).isBlank()) {
                throw new IllegalArgumentException(name + ": missing" + at);
            }
            String text = line.cells().get(column).strip();
            double value = NUMBER.matcher(text).matches() ? Double.parseDouble(text) : Double.NaN;
            if (!(value > 0) || !Double.isFinite(value)) {
                throw new IllegalArgumentException(name + ": must be a finite number > 0, was '" + text + "'" + at);
            }
            return value;
        }
    }

    private static List<CsvLine> lines(Path file, String source) {
        CsvMapper mapper = new CsvMapper();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CsvParser parser = mapper.getFactory().createParser(reader)) {
            parser.setSchema(CsvSchema.emptySchema().withComments());
            parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
            parser.enable(CsvParser.Feature.TRIM_SPACES);
            return rows(parser);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IllegalArgumentException("not valid CSV: " + e.getOriginalMessage() + " (" + source
                    + (at != null && at.getLineNr() > 0 ? ":" + at.getLineNr() : "") + ")");
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such file (" + source + ")");
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not UTF-8 text (" + source + ")");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read: " + e.getMessage() + " (" + source + ")");
        }
    }

    /** The rows: the parser wraps the file in an array of one array of text cells per line. */
    private static List<CsvLine> rows(CsvParser parser) throws IOException {
        List<CsvLine> lines = new ArrayList<>();
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            return lines;
        }
        while (parser.nextToken() == JsonToken.START_ARRAY) {
            List<String> cells = new ArrayList<>();
            int number = 0;
            while (parser.nextToken() == JsonToken.VALUE_STRING) {
                if (cells.isEmpty()) {
                    number = parser.currentTokenLocation().getLineNr();
                }
                String text = parser.getText();
                cells.add(lines.isEmpty() && cells.isEmpty() ? stripByteOrderMark(text) : text);
            }
            if (!cells.isEmpty()) {
                lines.add(new CsvLine(number, List.copyOf(cells)));
            }
        }
        return lines;
    }

    private static String stripByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
