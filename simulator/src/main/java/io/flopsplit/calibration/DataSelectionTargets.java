package io.flopsplit.calibration;

import io.flopsplit.calibration.CalibrationTarget.Basis;
import io.flopsplit.calibration.Tolerance.Direction;
import io.flopsplit.data.QualityMultiplier;
import io.flopsplit.data.SelectionMethod;
import io.flopsplit.data.SelectionOptions;
import io.flopsplit.data.TrainingData;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * Data-selection calibration targets (DS1–DS13): the noisy-proxy quality multiplier and its
 * size-ratio decay ({@link SelectionFit}), the kept pool's quality-dependent repetition constant
 * ({@link GoyalFiltering}), and the quality–quantity crossover of the {@code data-constrained}
 * scenario ({@link SelectionCrossover}). Where a paper gives only a direction, the row says
 * "direction only" and tests the sign.
 *
 * <p>Adding a target is one entry in {@link #targets(SelectionOptions, SelectionOptions)}.
 */
public final class DataSelectionTargets {

    private static final Source YIN_RUSH = new Source("Yin & Rush 2024, arXiv 2410.16208",
            "abstract (5x perplexity, 10x gradient; put in their setting, the body was not read)");
    private static final Source ANKNER = new Source("Ankner et al. 2024, arXiv 2405.20541",
            "abstract: up to 1.45x fewer steps (1.36x in the ICLR 2024 DPFM workshop version)");
    private static final Source DATADECIDE = new Source("Magnusson et al. 2025 (DataDecide), arXiv 2504.11393",
            "abstract: ~80% of pairwise rankings agree, 150M vs 1B; rho = sin(0.3 pi)");
    private static final Source DSDM = new Source("Engstrom et al. 2024 (DsDm), arXiv 2401.12926",
            "abstract: 2x compute multiplier (proxy size and kept fraction not read)");
    private static final Source GOYAL_CODE = new Source("Goyal et al. 2024, arXiv 2404.07177",
            "released law (objective.py) and constants tmars_imagenet1k_utility, re-implemented");
    private static final Source GOYAL = new Source("Goyal et al. 2024, arXiv 2404.07177",
            "abstract: filtering wins at small compute, loses at large compute");
    private static final Source MUENNIGHOFF = new Source("Muennighoff et al. 2023, arXiv 2305.16264",
            "authors' constants R_D* = 15.387756: 4 epochs worth 3.7257");
    private static final Source MECHANISM = new Source("noisy-proxy selection (QualityMultiplier)",
            "m(f; a) = Phi(a - z_f)/f, a = S max(r, 1)^-eta");
    private static final String PERPLEXITY = "data selection: perplexity";
    private static final String GRADIENT = "data selection: gradient";
    private static final String REPETITION = "data selection: repetition of the kept pool";
    private static final String SCENARIO = "data-constrained scenario: selection-heavy vs chinchilla";
    private static final double DSDM_SIZE_RATIO = 10.4;
    private static final double[] KEPT_FRACTIONS = {1e-9, 1e-4, 0.01, 0.05, 0.3, 0.5, 0.9, 1};
    private static final double[] SIZE_RATIOS = {1e-3, 0.5, 1, 6.7, 24, 1e3, 1e6, 1e15, 1e30};

    private DataSelectionTargets() {
    }

    /** The targets at the shipped defaults of each method. */
    public static List<CalibrationTarget> targets() {
        return targets(SelectionOptions.defaults(SelectionMethod.PERPLEXITY),
                SelectionOptions.defaults(SelectionMethod.GRADIENT));
    }

    /** The targets with the model's constants taken from {@code perplexity} and {@code gradient}. */
    public static List<CalibrationTarget> targets(SelectionOptions perplexity, SelectionOptions gradient) {
        QualityMultiplier ppl = perplexity.quality();
        QualityMultiplier grad = gradient.quality();
        double kappa = perplexity.repetitionQualityExponent();
        return List.of(
                new CalibrationTarget("DS1", PERPLEXITY, "break-even trained:selector size ratio (f = 0.05, one"
                        + " epoch, training 6ND, scoring 2 N_sel per token)", YIN_RUSH,
                        new Tolerance.Factor(SelectionFit.YIN_RUSH_PERPLEXITY_RATIO, 2), Basis.FITTED,
                        () -> breakEven(perplexity)),
                new CalibrationTarget("DS2", GRADIENT, "break-even trained:selector size ratio (f = 0.05, one epoch,"
                        + " training 6ND, scoring 6 N_sel per token)", YIN_RUSH,
                        new Tolerance.Factor(SelectionFit.YIN_RUSH_GRADIENT_RATIO, 2), Basis.FITTED,
                        () -> breakEven(gradient)),
                new CalibrationTarget("DS3", "data selection: gradient vs perplexity",
                        "break-even ratio of gradient over that of perplexity", YIN_RUSH,
                        Direction.above(1, "gradient needs the larger ratio (10x vs 5x)"), Basis.PREDICTED,
                        () -> breakEven(gradient) / breakEven(perplexity)),
                new CalibrationTarget("DS4", PERPLEXITY, "kept-token worth m, 125M selector for a 3B model (r = 24),"
                        + " keeping 50%", ANKNER, new Tolerance.Band(SelectionFit.ANKNER_MULTIPLIER, 1.25, 1.55),
                        Basis.FITTED, () -> ppl.multiplier(SelectionFit.ANKNER_KEPT_FRACTION,
                                SelectionFit.ANKNER_SIZE_RATIO)),
                new CalibrationTarget("DS5", PERPLEXITY, "selector-to-target correlation at r = 6.7 relative to r = 1",
                        DATADECIDE, new Tolerance.Absolute(SelectionFit.dataDecideCorrelation(), 0.05), Basis.FITTED,
                        () -> SelectionFit.correlationRatio(ppl.signalDecay(), SelectionFit.DATADECIDE_SIZE_RATIO)),
                new CalibrationTarget("DS6", GRADIENT, "kept fraction at which m = 2 for a selector 10.4x smaller",
                        DSDM, new Direction("magnitude only: a 2x multiplier at a kept fraction in (0.1, 0.5)", 0.1,
                                0.5), Basis.PREDICTED, () -> keptFractionForDoubling(grad)),
                new CalibrationTarget("DS7", PERPLEXITY, "m at r = 1000 over m at r = 10 (f = 0.3)", MECHANISM,
                        Direction.below(1, "the gain shrinks as the selector falls behind"), Basis.PREDICTED,
                        () -> ppl.multiplier(0.3, 1000) / ppl.multiplier(0.3, 10)),
                new CalibrationTarget("DS8", REPETITION, "passes over the top-10% pool until the top-20% pool is"
                        + " worth more (their setting)", GOYAL_CODE, new Tolerance.Band(
                                GoyalFiltering.TOP10_OVERTAKEN_PASSES, 6, 12), Basis.FITTED,
                        () -> GoyalFiltering.modelOvertakenPasses(kappa)),
                new CalibrationTarget("DS9", REPETITION, "repetition constant of the top-10% bucket over that of the"
                        + " top 30-40% bucket", new Source("Goyal et al. 2024, arXiv 2404.07177",
                                "results/parameter_values.jsonl: half-lives 6.73 vs 2.27 (ratio 2.96)"),
                        Direction.above(1, "better buckets keep their utility longer (magnitude not fitted)"),
                        Basis.PREDICTED, () -> repetitionConstantRatio(kappa)),
                new CalibrationTarget("DS10", SCENARIO, "budget (FLOPs) at which filtering stops winning, 3e11"
                        + " unique tokens", GOYAL, new Direction("filtering wins at small compute, loses at large:"
                                + " a crossover in (1e21, 1e26)", 1e21, 1e26), Basis.PREDICTED,
                        () -> crossover(SelectionCrossover.SCENARIO_UNIQUE_TOKENS, perplexity)),
                new CalibrationTarget("DS11", SCENARIO, "crossover budget with 1e12 unique tokens over that with 3e11",
                        new Source("Goyal et al. 2024, arXiv 2404.07177", "abstract: curation must be compute-aware"
                                + " (more data, later crossover)"),
                        Direction.above(1, "more unique data moves the crossover to larger budgets"), Basis.PREDICTED,
                        () -> crossover(1e12, perplexity)
                                / crossover(SelectionCrossover.SCENARIO_UNIQUE_TOKENS, perplexity)),
                new CalibrationTarget("DS12", REPETITION, "D'/U after 4 epochs of an unfiltered pool (m = 1)",
                        MUENNIGHOFF, new Tolerance.Relative(3.7257, 1e-4), Basis.PREDICTED,
                        () -> new TrainingData(1e9, 1, kappa).effectiveTokens(4e9) / 1e9),
                new CalibrationTarget("DS13", "data selection: both methods", "largest violation of m(1) = 1,"
                        + " 1 <= m <= 1/f, m not rising with r, m(r -> inf) = 1", MECHANISM,
                        new Tolerance.Absolute(0, 1e-12), Basis.IDENTITY,
                        () -> Math.max(worstViolation(ppl), worstViolation(grad))));
    }

    private static double breakEven(SelectionOptions options) {
        OptionalDouble ratio = SelectionFit.breakEvenRatio(options.quality(), options.flopsPerParamToken());
        if (ratio.isEmpty()) {
            throw new IllegalArgumentException("selection never pays up to a size ratio of "
                    + SelectionFit.MAX_SIZE_RATIO);
        }
        return ratio.getAsDouble();
    }

    /** The kept fraction f in [1e-3, 0.999] at which m(f; a(10.4)) = 2. */
    private static double keptFractionForDoubling(QualityMultiplier quality) {
        return new BrentSolver(1e-12, 1e-12).solve(1000,
                f -> quality.multiplier(f, DSDM_SIZE_RATIO) - 2, 1e-3, 0.999);
    }

    /** R*(m_top10)/R*(m_top30–40) in flopsplit's form: the worths relative to each other. */
    private static double repetitionConstantRatio(double kappa) {
        double relative = GoyalFiltering.worth(0) / GoyalFiltering.worth(3);
        return new TrainingData(1, relative, kappa).decay(TrainingData.DECAY).tokensHalfLife()
                / TrainingData.DECAY.tokensHalfLife();
    }

    private static double crossover(double uniqueTokens, SelectionOptions selection) {
        return SelectionCrossover.crossover(uniqueTokens, selection).orElseThrow(() -> new IllegalArgumentException(
                "no crossover between 1e21 and 1e26 FLOPs with " + uniqueTokens + " unique tokens"));
    }

    /** The largest violation of the multiplier's identities over a grid of kept fractions and size ratios. */
    static double worstViolation(QualityMultiplier quality) {
        double worst = 0;
        for (double ratio : SIZE_RATIOS) {
            worst = Math.max(worst, Math.abs(quality.multiplier(1, ratio) - 1));
            for (double f : KEPT_FRACTIONS) {
                double m = quality.multiplier(f, ratio);
                worst = Math.max(worst, Math.max(1 - m, m - 1 / f));
                worst = Math.max(worst, quality.multiplier(f, 10 * ratio) - m);
            }
        }
        if (quality.signalDecay() > 0) {
            for (double f : KEPT_FRACTIONS) {
                worst = Math.max(worst, f * (quality.multiplier(f, Double.MAX_VALUE) - 1) - 1e-9);
            }
        }
        return Math.max(worst, 0);
    }
}
