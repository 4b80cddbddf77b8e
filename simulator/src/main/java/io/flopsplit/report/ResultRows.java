package io.flopsplit.report;

import io.flopsplit.compute.NumberText;
import io.flopsplit.montecarlo.MonteCarloResult;
import io.flopsplit.statistics.ConfidenceInterval;
import io.flopsplit.trial.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Monte Carlo result as rows. For scripts ({@link #lines}): one summary row, then per policy and
 * metric its mean and interval, per policy other than the baseline and per metric its paired
 * difference, and per policy its probability of being best. For people ({@link #table}): one row per
 * policy with the objective's mean and interval, the paired difference, the probability of being
 * best and the mean of the decision metrics. For CSV ({@link #tidy}): one row per (policy, metric,
 * statistic, value). A result of a single trial has means but no intervals or standard deviations:
 * those fields and rows are left out (cells left empty), never shown as a zero-width interval.
 */
public final class ResultRows {

    /** Metrics the console table shows besides the objective. */
    private static final List<Metric> TABLE_METRICS = List.of(Metric.PARAMS, Metric.TRAINING_TOKENS, Metric.K,
            Metric.INFERENCE_FLOPS, Metric.DROPPED_QUERIES);

    private ResultRows() {
    }

    /** JSON-lines rows. */
    public static List<Row> lines(String scenario, MonteCarloResult result, long seed) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row().text("scenario", scenario).number("trials", result.trials())
                .text("ending", result.ending().name().toLowerCase(Locale.ROOT)).whole("seed", seed));
        for (MonteCarloResult.Estimate estimate : result.estimates()) {
            ConfidenceInterval ci = estimate.interval();
            Row row = new Row().text("scenario", scenario).text("policy", estimate.contestant())
                    .text("metric", estimate.metric().id()).number("mean", ci.mean());
            if (ci.isDefined()) {
                row.number("ciLow", ci.low()).number("ciHigh", ci.high()).number("sd", estimate.sd());
            }
            rows.add(row.number("trials", ci.count()));
        }
        for (MonteCarloResult.Difference difference : result.differences()) {
            ConfidenceInterval ci = difference.interval();
            Row row = new Row().text("scenario", scenario).text("baseline", difference.baseline())
                    .text("policy", difference.contestant()).text("metric", difference.metric().id())
                    .number("meanDifference", ci.mean());
            if (ci.isDefined()) {
                row.number("ciLow", ci.low()).number("ciHigh", ci.high());
            }
            difference.varianceReduction().ifPresent(reduction -> row.number("varianceReduction", reduction));
            rows.add(row);
        }
        for (int i = 0; i < result.contestants().size(); i++) {
            rows.add(new Row().text("scenario", scenario).text("policy", result.contestants().get(i))
                    .number("probabilityBest", result.probabilityBest().get(i)));
        }
        return rows;
    }

    /** Console rows, one per policy. */
    public static List<Row> table(MonteCarloResult result) {
        Metric objective = result.objective();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < result.contestants().size(); i++) {
            String policy = result.contestants().get(i);
            ConfidenceInterval ci = result.estimate(policy, objective).interval();
            Row row = new Row().text("policy", policy).number(objective.id(), ci.mean());
            if (ci.isDefined()) {
                row.number("±", ci.halfWidth());
            } else {
                row.text("±", "");
            }
            boolean baseline = result.differences().stream().noneMatch(d -> d.contestant().equals(policy));
            if (baseline) {
                row.text("vsBaseline", "baseline").text("differenceCi", "");
            } else {
                ConfidenceInterval d = result.difference(policy, objective).interval();
                row.number("vsBaseline", d.mean()).text("differenceCi", !d.isDefined() ? "" : "["
                        + NumberText.significant(d.low(), 4) + ", " + NumberText.significant(d.high(), 4) + "]");
            }
            row.number("pBest", result.probabilityBest().get(i));
            for (Metric metric : TABLE_METRICS) {
                row.number(metric.id(), result.estimate(policy, metric).interval().mean());
            }
            rows.add(row);
        }
        return rows;
    }

    /** Tidy long rows: scenario, policy, metric, statistic, value. */
    public static List<Row> tidy(String scenario, MonteCarloResult result) {
        List<Row> rows = new ArrayList<>();
        for (MonteCarloResult.Estimate e : result.estimates()) {
            ConfidenceInterval ci = e.interval();
            add(rows, scenario, e.contestant(), e.metric().id(), "mean", ci.mean());
            if (ci.isDefined()) {
                add(rows, scenario, e.contestant(), e.metric().id(), "ciLow", ci.low());
                add(rows, scenario, e.contestant(), e.metric().id(), "ciHigh", ci.high());
                add(rows, scenario, e.contestant(), e.metric().id(), "sd", e.sd());
            }
            add(rows, scenario, e.contestant(), e.metric().id(), "trials", ci.count());
        }
        for (MonteCarloResult.Difference d : result.differences()) {
            add(rows, scenario, d.contestant(), d.metric().id(), "meanDifference", d.interval().mean());
            if (d.interval().isDefined()) {
                add(rows, scenario, d.contestant(), d.metric().id(), "differenceCiLow", d.interval().low());
                add(rows, scenario, d.contestant(), d.metric().id(), "differenceCiHigh", d.interval().high());
            }
            d.varianceReduction().ifPresent(v -> add(rows, scenario, d.contestant(), d.metric().id(), "varianceReduction", v));
        }
        for (int i = 0; i < result.contestants().size(); i++) {
            add(rows, scenario, result.contestants().get(i), result.objective().id(), "probabilityBest",
                    result.probabilityBest().get(i));
        }
        return rows;
    }

    private static void add(List<Row> rows, String scenario, String policy, String metric, String statistic,
                            double value) {
        rows.add(new Row().text("scenario", scenario).text("policy", policy).text("metric", metric)
                .text("statistic", statistic).number("value", value));
    }
}
