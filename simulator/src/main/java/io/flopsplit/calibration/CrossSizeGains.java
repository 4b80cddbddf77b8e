package io.flopsplit.calibration;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.flopsplit.statistics.NormalQuadrature;
import io.flopsplit.tasks.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Does a larger model gain the same logit on every problem? The check behind {@code match}'s rule
 * that a model M times larger meets every problem with its logit raised by one shift. Data: the
 * per-problem success rates of Llama-3-8B-Instruct and Llama-3-70B-Instruct, 10,000 samples each,
 * on the same 128 MATH and 127 GSM8K problems (Brown et al. 2024, "Large Language Monkeys", arXiv
 * 2407.21787, released samples; the resource {@value #RESOURCE} says where they were tabulated).
 *
 * <p>Per benchmark, the problems are binned into quintiles of the 8B's rate (bin 1 the easiest, as
 * {@code match} bins), and the 70B's mean rate per bin, with its standard error (the spread within
 * the bin over √n), is compared by χ² with two rules, each holding the 70B's overall rate: (a) one
 * logit shift u; (b) a gain per problem of u·(1 + κ·Z), Z standard normal (a random slope, so that
 * two equal models gain nothing), its mean re-solved to keep the overall rate. κ is then fitted per
 * benchmark and to both (Brent). The 8B's logits are the observed rates', clipped at
 * ±logit(0.5/10,000). Findings (README, {@code match}): MATH favours κ ≈ 0.8, GSM8K κ = 0 by far,
 * and both together κ = 0, so the model keeps the single shift.
 */
public final class CrossSizeGains {

    /** The data, a classpath resource. */
    public static final String RESOURCE = "brown-2024-llama-3-8b-70b.csv";
    /** Samples per problem behind each rate. */
    public static final int SAMPLES = 10_000;
    /** Quintiles, as {@code match}. */
    public static final int BINS = 5;
    /** The range κ is fitted over. */
    public static final double MAX_SPREAD = 3;

    private static final NormalQuadrature GAIN = new NormalQuadrature(60);

    /**
     * One benchmark's problems, met by both models.
     *
     * @param name e.g. {@code MATH}
     * @param small the 8B's success rate per problem
     * @param large the 70B's, same order
     */
    public record Benchmark(String name, double[] small, double[] large) {
        public Benchmark {
            if (small.length != large.length || small.length < BINS) {
                throw new IllegalArgumentException(name + ": needs the same number (>= " + BINS
                        + ") of rates for both models, was " + small.length + " and " + large.length);
            }
            small = small.clone();
            large = large.clone();
            for (double rate : DoubleStream.concat(Arrays.stream(small), Arrays.stream(large)).toArray()) {
                if (!(rate >= 0 && rate <= 1)) {
                    throw new IllegalArgumentException(name + ": success rates must be in [0, 1], was " + rate);
                }
            }
        }
    }

    /**
     * A rule's fit to one benchmark's bins.
     *
     * @param spread κ
     * @param observed the larger model's mean rate per bin (bin 1 the easiest)
     * @param standardErrors their standard errors
     * @param predicted the rule's
     * @param chiSquare Σ ((predicted − observed)/standard error)²
     */
    public record BinFit(double spread, double[] observed, double[] standardErrors, double[] predicted,
            double chiSquare) {
    }

    private CrossSizeGains() {
    }

    /** The two benchmarks of the resource, MATH then GSM8K. */
    public static List<Benchmark> brown2024() {
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        for (Row row : rows()) {
            rows.computeIfAbsent(row.benchmark(), name -> new ArrayList<>()).add(row);
        }
        return rows.entrySet().stream().map(entry -> new Benchmark(entry.getKey(),
                entry.getValue().stream().mapToDouble(Row::pass8b).toArray(),
                entry.getValue().stream().mapToDouble(Row::pass70b).toArray())).toList();
    }

    /** Rule (b) with spread κ (κ = 0 is rule (a)) fitted to {@code benchmark}'s bins. */
    public static BinFit fit(Benchmark benchmark, double spread) {
        double[] logits = logits(benchmark.small());
        double target = mean(benchmark.large());
        double shift = solve(delta -> meanSuccess(logits, delta, 0) - target);
        double tau = spread * shift;
        double delta = solve(d -> meanSuccess(logits, d, tau) - target);
        int[][] bins = bins(benchmark.small());
        double[] observed = new double[BINS];
        double[] errors = new double[BINS];
        double[] predicted = new double[BINS];
        double chiSquare = 0;
        for (int b = 0; b < BINS; b++) {
            observed[b] = mean(pick(benchmark.large(), bins[b]));
            errors[b] = standardError(pick(benchmark.large(), bins[b]));
            if (!(errors[b] > 0)) {
                throw new IllegalArgumentException(benchmark.name() + ": the larger model's rates in bin " + (b + 1)
                        + " are all equal, so the bin has no standard error to weigh it by");
            }
            predicted[b] = mean(IntStream.of(bins[b]).mapToDouble(i -> success(logits[i], delta, tau)).toArray());
            chiSquare += Math.pow((predicted[b] - observed[b]) / errors[b], 2);
        }
        return new BinFit(spread, observed, errors, predicted, chiSquare);
    }

    /** The κ in [0, {@value #MAX_SPREAD}] that minimises the χ² summed over {@code benchmarks}. */
    public static double bestSpread(List<Benchmark> benchmarks) {
        UnivariateObjectiveFunction chiSquare = new UnivariateObjectiveFunction(
                spread -> benchmarks.stream().mapToDouble(b -> fit(b, spread).chiSquare()).sum());
        return new BrentOptimizer(1e-8, 1e-10).optimize(new MaxEval(500), chiSquare, GoalType.MINIMIZE,
                new SearchInterval(0, MAX_SPREAD, 0.5)).getPoint();
    }

    /** Prints, per benchmark, the bins under one shift and under MATH's κ, then the joint κ. */
    public static void main(String[] args) {
        if (args.length != 0) {
            throw new IllegalArgumentException("usage: CrossSizeGains (no arguments), was " + args.length);
        }
        List<Benchmark> benchmarks = brown2024();
        double math = bestSpread(benchmarks.subList(0, 1));
        for (Benchmark benchmark : benchmarks) {
            for (double spread : new double[] {0, math}) {
                BinFit fit = fit(benchmark, spread);
                System.out.printf("%-6s kappa %.3f chi2 %6.2f observed %s predicted %s s.e. %s%n", benchmark.name(),
                        spread, fit.chiSquare(), percent(fit.observed(), 1), percent(fit.predicted(), 1),
                        percent(fit.standardErrors(), 2));
            }
        }
        System.out.printf("kappa fitted to both: %.4f%n", bestSpread(benchmarks));
    }

    private record Row(String benchmark, int problem, double pass8b, double pass70b) {
    }

    private static List<Row> rows() {
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
        try (InputStream in = CrossSizeGains.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + RESOURCE + " is missing from the classpath");
            }
            MappingIterator<Row> rows = new CsvMapper().readerFor(Row.class).with(schema).readValues(in);
            return rows.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resource " + RESOURCE, e);
        }
    }

    /** E σ(z + Δ + τ·Z) over a standard normal Z (σ(z + Δ) itself when τ = 0). */
    private static double success(double logit, double delta, double tau) {
        if (tau == 0) {
            return Problem.sigmoid(logit + delta);
        }
        double sum = 0;
        for (int j = 0; j < GAIN.size(); j++) {
            sum += GAIN.weight(j) * Problem.sigmoid(logit + delta + tau * GAIN.node(j));
        }
        return sum;
    }

    private static double meanSuccess(double[] logits, double delta, double tau) {
        return mean(Arrays.stream(logits).map(z -> success(z, delta, tau)).toArray());
    }

    private static double solve(UnivariateFunction f) {
        return new BrentSolver(1e-12).solve(500, f, -40, 40);
    }

    private static double[] logits(double[] rates) {
        double low = 0.5 / SAMPLES;
        return Arrays.stream(rates).map(p -> Math.min(Math.max(p, low), 1 - low))
                .map(p -> Math.log(p / (1 - p))).toArray();
    }

    /** Indices per quintile of {@code rates}, highest rate first (ties in the data's order). */
    private static int[][] bins(double[] rates) {
        Integer[] order = IntStream.range(0, rates.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> -rates[i]));
        int[][] bins = new int[BINS][];
        for (int b = 0; b < BINS; b++) {
            int from = (int) Math.round((double) b * rates.length / BINS);
            int to = (int) Math.round((double) (b + 1) * rates.length / BINS);
            bins[b] = IntStream.range(from, to).map(k -> order[k]).toArray();
        }
        return bins;
    }

    private static double[] pick(double[] values, int[] indices) {
        return IntStream.of(indices).mapToDouble(i -> values[i]).toArray();
    }

    private static double mean(double[] values) {
        return StatUtils.mean(values);
    }

    /** The standard error of the mean of {@code values} (bias-corrected variance over n). */
    private static double standardError(double[] values) {
        return Math.sqrt(StatUtils.variance(values) / values.length);
    }

    private static String percent(double[] values, int decimals) {
        return Arrays.stream(values).mapToObj(v -> String.format("%." + decimals + "f", 100 * v))
                .collect(Collectors.joining(" ", "[", "]"));
    }
}
