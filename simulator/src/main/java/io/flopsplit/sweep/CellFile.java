package io.flopsplit.sweep;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.flopsplit.montecarlo.MonteCarloResult;
import io.flopsplit.report.OutputFormat;
import io.flopsplit.report.RowWriter;
import io.flopsplit.statistics.ConfidenceInterval;
import io.flopsplit.trial.Metric;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One completed cell as a file: its JSON lines ({@link SweepRows#lines}), and back. Numbers are
 * written with every digit needed to read the same double back, so a cell read from its file gives
 * exactly the rows it gave when it ran — a resumed sweep's output is the uninterrupted one's. A file
 * is taken back only for the cell it was written for: same cell number and the same fingerprint of
 * the effective scenario (values, defaults, trials, seed, precision and level).
 */
public final class CellFile {

    private static final JsonFactory JSON = new JsonFactory();

    private CellFile() {
    }

    /** The file's text. */
    public static String text(CellResult cell) {
        StringWriter text = new StringWriter();
        RowWriter.write(SweepRows.lines(cell), OutputFormat.JSON, new PrintWriter(text));
        return text.toString();
    }

    /**
     * The result {@code text} holds for {@code run}; an {@link IllegalArgumentException} saying why
     * when it is not a result of this cell.
     */
    public static CellResult read(String text, CellRun run) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                lines.add(object(line));
            }
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("it is empty");
        }
        Map<String, Object> summary = lines.get(0);
        double cellNumber = number(summary, SweepRows.CELL);
        if (cellNumber != run.cell().cell().index() + 1) {
            throw new IllegalArgumentException("it holds cell " + (long) cellNumber + ", not cell "
                    + (run.cell().cell().index() + 1));
        }
        String fingerprint = text(summary, SweepRows.FINGERPRINT);
        if (!fingerprint.equals(run.fingerprint())) {
            throw new IllegalArgumentException("it was written for another scenario or other settings (fingerprint "
                    + fingerprint + ", this cell's is " + run.fingerprint() + ")");
        }
        return new CellResult(run, result(lines, run));
    }

    private static MonteCarloResult result(List<Map<String, Object>> lines, CellRun run) {
        Map<String, Object> summary = lines.get(0);
        long trials = (long) number(summary, "trials");
        double level = run.options().level();
        List<String> contestants = new ArrayList<>();
        List<Metric> metrics = new ArrayList<>();
        List<MonteCarloResult.Estimate> estimates = new ArrayList<>();
        List<MonteCarloResult.Difference> differences = new ArrayList<>();
        List<Double> best = new ArrayList<>();
        for (Map<String, Object> line : lines.subList(1, lines.size())) {
            String policy = text(line, "policy");
            if (line.containsKey("probabilityBest")) {
                contestants.add(policy);
                best.add(number(line, "probabilityBest"));
            } else if (line.containsKey("meanDifference")) {
                OptionalDouble reduction = line.containsKey("varianceReduction")
                        ? OptionalDouble.of(number(line, "varianceReduction")) : OptionalDouble.empty();
                differences.add(new MonteCarloResult.Difference(text(line, "baseline"), policy, metric(line),
                        interval(line, "meanDifference", level, trials), reduction));
            } else {
                Metric metric = metric(line);
                if (estimates.isEmpty() || estimates.get(0).contestant().equals(policy)) {
                    metrics.add(metric);
                }
                estimates.add(new MonteCarloResult.Estimate(policy, metric,
                        interval(line, "mean", level, (long) number(line, "trials")), number(line, "sd")));
            }
        }
        MonteCarloResult.Ending ending = MonteCarloResult.Ending.valueOf(
                text(summary, "ending").toUpperCase(Locale.ROOT));
        if (!contestants.equals(run.contest().contestants())) {
            throw new IllegalArgumentException("it compares " + contestants + ", not " + run.contest().contestants());
        }
        return new MonteCarloResult(contestants, metrics, run.contest().objective(), trials, ending, estimates,
                differences, best);
    }

    private static ConfidenceInterval interval(Map<String, Object> line, String mean, double level, long count) {
        return new ConfidenceInterval(number(line, mean), number(line, "ciLow"), number(line, "ciHigh"), level, count);
    }

    private static Metric metric(Map<String, Object> line) {
        String id = text(line, "metric");
        return Metric.find(id).orElseThrow(() -> new IllegalArgumentException("unknown metric '" + id + "'"));
    }

    private static double number(Map<String, Object> line, String field) {
        if (line.get(field) instanceof Double number) {
            return number;
        }
        throw new IllegalArgumentException("a line lacks the number " + field);
    }

    private static String text(Map<String, Object> line, String field) {
        if (line.get(field) instanceof String text) {
            return text;
        }
        throw new IllegalArgumentException("a line lacks the text " + field);
    }

    /** A flat JSON object of strings and numbers, numbers read back exactly. */
    private static Map<String, Object> object(String line) {
        Map<String, Object> fields = new LinkedHashMap<>();
        try (JsonParser parser = JSON.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("a line is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_STRING) {
                    fields.put(name, parser.getText());
                } else if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
                    fields.put(name, Double.parseDouble(parser.getText()));
                } else {
                    throw new IllegalArgumentException("field " + name + " is neither text nor a number");
                }
            }
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("a line holds more than one JSON object");
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a line is not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new IllegalArgumentException("a line cannot be read (" + e.getMessage() + ")");
        }
        return fields;
    }
}
