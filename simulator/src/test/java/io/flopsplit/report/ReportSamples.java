package io.flopsplit.report;

import io.flopsplit.plot.Axis;
import io.flopsplit.plot.Estimate;
import io.flopsplit.plot.RunPlots;
import io.flopsplit.plot.Series;
import io.flopsplit.plot.TestTimePlot;
import java.util.List;

/** A small but complete report: a question, a table, two figures, a scenario with markup in it. */
final class ReportSamples {

    static final String SCENARIO = "name: quickstart\n# <script>alert('not run')</script> & \"quotes\"\nbudget:\n  total: 1e23\n";

    private ReportSamples() {
    }

    static HtmlReport report() {
        List<Row> rows = List.of(
                new Row().text("policy", "chinchilla").number("accuracy", 0.18367).number("params", 1.3698e10),
                new Row().text("policy", "oracle").number("accuracy", 0.26373).number("params", 4.1665e9));
        List<Double> flops = List.of(7.68e12, 4.8e13, 4.512e14);
        String testTime = TestTimePlot.accuracy("Accuracy against FLOPs per query",
                List.of(Series.of("best-of-k-oracle", flops, List.of(0.30, 0.60, 0.83))), "suite math-like").svg();
        String forest = RunPlots.forest("Accuracy by policy", Axis.linear("accuracy (fraction)"),
                List.of(new Estimate("chinchilla", 0.18367, 0.182, 0.1854), new Estimate("oracle", 0.26373, 0.2618, 0.2657)),
                "chinchilla", List.of(new Estimate("oracle", 0.080055, 0.07829, 0.08181)), "seed 1, 200 trials").svg();
        return new HtmlReport("quickstart — <where> should 1e23 FLOPs go?",
                "Where should 1e23 FLOPs go when the model must answer a billion queries?", rows,
                List.of(testTime, forest), SCENARIO, "flopsplit run scenarios/quickstart.yaml --out results");
    }
}
