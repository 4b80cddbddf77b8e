package io.flopsplit.cli;

import io.flopsplit.montecarlo.MonteCarloResult;
import io.flopsplit.plot.Axis;
import io.flopsplit.plot.Figure;
import io.flopsplit.plot.Grid;
import io.flopsplit.plot.Series;
import io.flopsplit.plot.SweepPlots;
import io.flopsplit.scenario.Scenario;
import io.flopsplit.statistics.ConfidenceInterval;
import io.flopsplit.sweep.CellResult;
import io.flopsplit.sweep.KeyPath;
import io.flopsplit.sweep.SweepAxis;
import io.flopsplit.trial.Metric;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of {@code sweep}, per scenario (or variant), over the keys that take more than one
 * value. One key: each policy's accuracy against it with its interval as a band, and each policy's
 * paired difference from the baseline likewise (log x where the key's values are log-spaced). Two
 * keys: the policy with the highest mean accuracy in each cell, and a heat map of the difference
 * between two policies ({@code --contrast A,B}, by default the first policy other than the baseline
 * against the baseline) with its zero contour. Keys that take words, or more than two keys, are
 * not drawn; {@link #reason} says why.
 */
final class SweepFigures {

    /** The most characters of a key's meaning in an x-axis title, and in a (shorter) y-axis title. */
    private static final int X_TITLE = 80;
    private static final int Y_TITLE = 44;
    /** Means this close (relatively) are a tie: the same allocation played on the same trials. */
    private static final double TIE = 1e-12;

    private SweepFigures() {
    }

    /** Why the sweep cannot be drawn, if it cannot. */
    static Optional<String> reason(List<SweepAxis> axes) {
        List<SweepAxis> drawn = drawn(axes);
        if (drawn.isEmpty()) {
            return Optional.of("every varied key takes a single value");
        }
        if (drawn.size() > 2) {
            return Optional.of("figures are drawn over one or two keys with several values, not " + drawn.size());
        }
        return drawn.stream().filter(axis -> !axis.numeric()).findFirst()
                .map(axis -> axis.key().path() + " takes words, not numbers, so it has no axis");
    }

    /**
     * The figures of every scenario's cells ({@code cells} hold every cell of the grid, in order,
     * variant by variant); {@code contrast} names the two policies of the heat map, if chosen.
     */
    static Map<String, Figure> of(List<SweepAxis> axes, List<Scenario> scenarios, List<CellResult> cells,
                                  Optional<List<String>> contrast) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        int perScenario = cells.size() / scenarios.size();
        for (int s = 0; s < scenarios.size(); s++) {
            List<CellResult> own = cells.subList(s * perScenario, (s + 1) * perScenario);
            String suffix = scenarios.size() == 1 ? "" : "-" + RowValues.fileName(RunFigures.variant(scenarios.get(s)));
            List<SweepAxis> drawn = drawn(axes);
            if (drawn.size() == 1) {
                int axis = axes.indexOf(drawn.get(0));
                figures.put("sweep-accuracy" + suffix, oneKey(own, axes, axis, false));
                figures.put("sweep-difference" + suffix, oneKey(own, axes, axis, true));
            } else {
                int x = axes.indexOf(drawn.get(0));
                int y = axes.indexOf(drawn.get(1));
                figures.put("sweep-best" + suffix, best(own, axes, x, y));
                figures.put("sweep-contrast" + suffix, contrast(own, axes, x, y, contrast));
            }
        }
        return figures;
    }

    /** The two policies of the heat map: those chosen, or the first other than the baseline against it. */
    static List<String> contrasted(Scenario scenario, Optional<List<String>> chosen) {
        return chosen.orElseGet(() -> List.of(scenario.policies().stream().map(p -> p.name())
                .filter(name -> !name.equals(scenario.baseline())).findFirst().orElse(scenario.baseline()),
                scenario.baseline()));
    }

    private static Figure oneKey(List<CellResult> cells, List<SweepAxis> axes, int axis, boolean paired) {
        List<CellResult> sorted = cells.stream().sorted(Comparator.comparingDouble(c -> c.cell().number(axis))).toList();
        CellResult first = sorted.get(0);
        Scenario scenario = first.run().cell().scenario();
        Metric metric = first.result().objective();
        List<Double> xs = sorted.stream().map(c -> c.cell().number(axis)).toList();
        List<Series> series = new ArrayList<>();
        for (String policy : first.result().contestants()) {
            if (paired && policy.equals(scenario.baseline())) {
                series.add(Series.of(policy, xs, xs.stream().map(x -> 0.0).toList()));
                continue;
            }
            List<ConfidenceInterval> intervals = sorted.stream().map(c -> paired
                    ? c.result().difference(policy, metric).interval()
                    : c.result().estimate(policy, metric).interval()).toList();
            series.add(Series.withBand(policy, xs, intervals.stream().map(ConfidenceInterval::mean).toList(),
                    intervals.stream().map(ConfidenceInterval::low).toList(),
                    intervals.stream().map(ConfidenceInterval::high).toList()));
        }
        String key = axes.get(axis).key().path();
        String title = paired ? metric.id() + " against " + scenario.baseline() + ", by " + key
                : metric.id() + " by " + key;
        Axis y = Axis.linear(paired ? "policy − " + scenario.baseline() + ": " + RunFigures.title(metric)
                : RunFigures.title(metric));
        String caption = caption(cells, axes, List.of(axis), (paired ? "Each policy's paired difference from "
                + scenario.baseline() + " (the line at zero), trial by trial; bands are its intervals."
                : "Bands are the intervals."));
        return SweepPlots.oneKey(scenario.name() + ": " + title, axis(axes.get(axis), X_TITLE), y, series, caption);
    }

    private static Figure best(List<CellResult> cells, List<SweepAxis> axes, int x, int y) {
        Grid grid = grid(axes, x, y);
        CellResult first = cells.get(0);
        Metric metric = first.result().objective();
        List<List<String>> best = new ArrayList<>();
        for (double xv : grid.xs()) {
            List<String> column = new ArrayList<>();
            for (double yv : grid.ys()) {
                column.add(best(at(cells, x, xv, y, yv).result(), metric));
            }
            best.add(column);
        }
        Scenario scenario = first.run().cell().scenario();
        List<String> names = new ArrayList<>(first.result().contestants());
        best.stream().flatMap(List::stream).distinct().filter(name -> !names.contains(name)).sorted().forEach(names::add);
        return SweepPlots.bestPolicy(scenario.name() + ": the policy with the highest mean " + metric.id(), grid,
                names, best, caption(cells, axes, List.of(x, y), "Each cell shows the policy with the highest mean "
                        + metric.id() + " there; \"a = b\" marks a tie (the same allocation on the same trials)."));
    }

    /**
     * The policy with the highest mean, or the policies tied for it joined by " = " (as when the
     * oracle's best choice is another policy's allocation: the same trials give the same mean).
     */
    static String best(MonteCarloResult result, Metric metric) {
        double top = result.contestants().stream().mapToDouble(p -> result.estimate(p, metric).interval().mean())
                .max().orElseThrow();
        return String.join(" = ", result.contestants().stream()
                .filter(p -> result.estimate(p, metric).interval().mean() >= top - TIE * Math.abs(top)).toList());
    }

    private static Figure contrast(List<CellResult> cells, List<SweepAxis> axes, int x, int y,
                                   Optional<List<String>> chosen) {
        Grid grid = grid(axes, x, y);
        CellResult first = cells.get(0);
        Scenario scenario = first.run().cell().scenario();
        Metric metric = first.result().objective();
        List<String> pair = contrasted(scenario, chosen);
        double[][] difference = new double[grid.xs().size()][grid.ys().size()];
        for (int i = 0; i < grid.xs().size(); i++) {
            for (int j = 0; j < grid.ys().size(); j++) {
                MonteCarloResult result = at(cells, x, grid.xs().get(i), y, grid.ys().get(j)).result();
                difference[i][j] = result.estimate(pair.get(0), metric).interval().mean()
                        - result.estimate(pair.get(1), metric).interval().mean();
            }
        }
        String caption = caption(cells, axes, List.of(x, y), "Colour: mean " + metric.id() + " of " + pair.get(0)
                + " minus that of " + pair.get(1) + " (" + metric.unit() + "), the mean of their paired differences;"
                + " the line is where it crosses zero.");
        return SweepPlots.contrast(scenario.name() + ": " + pair.get(0) + " against " + pair.get(1), grid, difference,
                pair.get(0), pair.get(1), caption);
    }

    private static CellResult at(List<CellResult> cells, int x, double xv, int y, double yv) {
        return cells.stream().filter(c -> c.cell().number(x) == xv && c.cell().number(y) == yv).findFirst()
                .orElseThrow(() -> new IllegalStateException("no cell at " + xv + ", " + yv));
    }

    private static Grid grid(List<SweepAxis> axes, int x, int y) {
        return new Grid(axis(axes.get(x), X_TITLE), sorted(axes.get(x)), axis(axes.get(y), Y_TITLE),
                sorted(axes.get(y)));
    }

    private static List<Double> sorted(SweepAxis axis) {
        return axis.numbers().stream().sorted().toList();
    }

    private static List<SweepAxis> drawn(List<SweepAxis> axes) {
        return axes.stream().filter(axis -> axis.size() > 1).toList();
    }

    /**
     * The key's axis: its path and the opening words of its description (which name its unit), at
     * most {@code characters} long; log where its values are log-spaced.
     */
    static Axis axis(SweepAxis axis, int characters) {
        KeyPath key = axis.key();
        String meaning = meaning(key);
        if (meaning.length() > characters) {
            meaning = meaning.substring(0, meaning.lastIndexOf(' ', characters)) + "…";
        }
        String title = key.path() + " (" + meaning + ")";
        return axis.log() ? Axis.log(title) : Axis.linear(title);
    }

    /** What the key means, up to the first clause that only qualifies it. */
    private static String meaning(KeyPath key) {
        return key.key().description().split(";|: | \\(|, a number")[0];
    }

    private static String caption(List<CellResult> cells, List<SweepAxis> axes, List<Integer> drawn, String reading) {
        CellResult first = cells.get(0);
        Scenario scenario = first.run().cell().scenario();
        long fewest = cells.stream().mapToLong(c -> c.result().trials()).min().orElseThrow();
        long most = cells.stream().mapToLong(c -> c.result().trials()).max().orElseThrow();
        StringBuilder caption = new StringBuilder(RunFigures.provenance(scenario, first.result(),
                first.run().options().seed()).replace(first.result().trials() + " trials,",
                (fewest == most ? "" : fewest + " to ") + most + " trials per cell,"));
        caption.append(" Every cell plays the same trials. ").append(reading);
        for (int a : drawn) {
            caption.append(' ').append(axes.get(a).key().path()).append(": ")
                    .append(axes.get(a).key().key().description()).append('.');
        }
        for (int a = 0; a < axes.size(); a++) {
            if (!drawn.contains(a)) {
                caption.append(' ').append(axes.get(a).key().path()).append(" = ").append(first.cell().text(a))
                        .append('.');
            }
        }
        caption.append(" flopsplit sweep.");
        return caption.toString();
    }
}
