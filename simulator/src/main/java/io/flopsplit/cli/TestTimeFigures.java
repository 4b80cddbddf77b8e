package io.flopsplit.cli;

import io.flopsplit.compute.NumberText;
import io.flopsplit.plot.Bars;
import io.flopsplit.plot.Figure;
import io.flopsplit.plot.MatchPanel;
import io.flopsplit.plot.MatchPlot;
import io.flopsplit.plot.Series;
import io.flopsplit.plot.TestTimePlot;
import io.flopsplit.report.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of {@code test-time} (accuracy against FLOPs per query, a line per strategy) and
 * {@code match} (accuracy by difficulty bin, the small model with each strategy beside the large
 * one), one figure per law, drawn from the commands' own rows.
 */
final class TestTimeFigures {

    private TestTimeFigures() {
    }

    /** Rows of {@code test-time}: law, suite, params, tokens, loss, strategy, k, accuracy, flopsPerQuery. */
    static Map<String, Figure> testTime(List<Row> rows) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (Map.Entry<String, List<Row>> law : group(rows, "law").entrySet()) {
            List<Series> strategies = new ArrayList<>();
            for (Map.Entry<String, List<Row>> strategy : group(law.getValue(), "strategy").entrySet()) {
                List<Double> flops = strategy.getValue().stream().map(r -> RowValues.number(r, "flopsPerQuery")).toList();
                List<Double> accuracy = strategy.getValue().stream().map(r -> RowValues.number(r, "accuracy")).toList();
                strategies.add(Series.of(strategy.getKey(), flops, accuracy));
            }
            Row first = law.getValue().get(0);
            String caption = "Expected accuracy on suite " + RowValues.text(first, "suite") + " of a model of "
                    + NumberText.significant(RowValues.number(first, "params"), 3) + " parameters trained on "
                    + NumberText.significant(RowValues.number(first, "tokens"), 3) + " tokens (loss "
                    + NumberText.significant(RowValues.number(first, "loss"), 5) + " under law " + law.getKey()
                    + "), one point per budget k; FLOPs per query count prompt and answers at 2N per token."
                    + " flopsplit test-time.";
            figures.put("test-time-" + RowValues.fileName(law.getKey()),
                    TestTimePlot.accuracy("Test-time compute: accuracy against FLOPs per query", strategies, caption));
        }
        return figures;
    }

    /** Rows of {@code match}: law, suite, sizeRatio, inferenceRatio, strategy, difficultyBin, k, accuracies. */
    static Map<String, Figure> match(List<Row> rows) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (Map.Entry<String, List<Row>> law : group(rows, "law").entrySet()) {
            List<MatchPanel> panels = new ArrayList<>();
            StringBuilder budgets = new StringBuilder();
            for (Map.Entry<String, List<Row>> ratio : group(law.getValue(), "inferenceRatio").entrySet()) {
                panels.add(panel(ratio.getValue(), budgets));
            }
            Row first = law.getValue().get(0);
            String caption = "FLOPs-matched comparison (Snell et al. 2024, §7): the small model spends "
                    + NumberText.significant(RowValues.number(first, "inferenceMultiplier"), 3)
                    + "× its single-answer FLOPs per query at test time against a model "
                    + NumberText.significant(RowValues.number(first, "sizeRatio"), 3) + "× larger answering once."
                    + " Budgets:" + budgets + ". Suite " + RowValues.text(first, "suite") + ", law " + law.getKey()
                    + ". flopsplit match.";
            figures.put("match-" + RowValues.fileName(law.getKey()),
                    MatchPlot.byDifficulty("Small model with test-time compute against a larger model", panels, caption));
        }
        return figures;
    }

    private static MatchPanel panel(List<Row> rows, StringBuilder budgets) {
        List<String> bins = new ArrayList<>(group(rows, "difficultyBin").keySet());
        List<Bars> bars = new ArrayList<>();
        List<Row> large = null;
        for (Map.Entry<String, List<Row>> strategy : group(rows, "strategy").entrySet()) {
            List<Row> byBin = strategy.getValue();
            bars.add(new Bars("small + " + strategy.getKey(), byBin.stream().map(r -> RowValues.number(r, "smallAccuracy")).toList()));
            budgets.append(' ').append(strategy.getKey()).append(" k = ")
                    .append(NumberText.significant(RowValues.number(byBin.get(0), "k"), 6)).append(';');
            large = byBin;
        }
        String size = NumberText.significant(RowValues.number(rows.get(0), "sizeRatio"), 3);
        bars.add(new Bars("large (" + size + "× params)", large.stream().map(r -> RowValues.number(r, "largeAccuracy")).toList()));
        budgets.setLength(budgets.length() - 1);
        String heading = "R = " + NumberText.significant(RowValues.number(rows.get(0), "inferenceRatio"), 4);
        return new MatchPanel(heading, bins, bars);
    }

    private static Map<String, List<Row>> group(List<Row> rows, String field) {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Row row : rows) {
            Object value = row.fields().stream().filter(f -> f.name().equals(field)).findFirst().orElseThrow().value();
            String key = value instanceof Double number ? NumberText.exact(number) : (String) value;
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        return groups;
    }
}
