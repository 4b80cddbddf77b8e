package io.flopsplit.calibration;

import static io.flopsplit.calibration.TestTimeCases.accuracy;
import static io.flopsplit.calibration.TestTimeCases.llama8b;
import static io.flopsplit.calibration.TestTimeCases.snellBase;
import static io.flopsplit.calibration.TestTimeCases.strategy;

import io.flopsplit.calibration.CalibrationTarget.Basis;
import io.flopsplit.inference.Adaptive;
import io.flopsplit.inference.BeamSearch;
import io.flopsplit.inference.DifficultyEstimate;
import io.flopsplit.inference.Setting;
import io.flopsplit.inference.StrategyParameters;
import io.flopsplit.inference.WeightedBestOfK;
import java.util.ArrayList;
import java.util.List;

/**
 * Snell et al. 2024 (arXiv 2408.03314) on compute-optimal allocation per difficulty: its efficiency
 * against best-of-N weighted, measured as {@link ComputeEfficiency} — the FLOPs weighted best-of-k
 * needs to reach adaptive's accuracy over adaptive's FLOPs — on {@code snell-math} at their base
 * model, with adaptive choosing per bin among the PRM search methods they choose among (best-of-N
 * weighted and beam search) on the oracle difficulty their figures use. Snell et al.'s N counts
 * generations, each scored by the PRM; adaptive's budget counts the FLOPs of plain samples and its
 * options pay their scorer out of it, so N is taken as the FLOPs of weighted best-of-N
 * ({@link #budgetOf}: 2.7 times N plain samples at their token counts). At N = 16 the published
 * number: "up to 4x less test-time compute", 16 against 64 generations (§5.3, Fig. 4), read between
 * budgets that are powers of two, so known within a factor of 2 (the tolerance). At N = 32 and 64 a
 * least efficiency: "more than 4x" (abstract), and at higher budgets "with oracle bins we still
 * see continued improvements" (§5.3); where weighted best-of-k never reaches adaptive's accuracy
 * (it plateaus, S10), the value is the lower bound at k = {@value ComputeEfficiency#MAX_BASELINE_K}.
 * In this model choosing beam search at all (one bin) already gives 5.4 at N = 16; choosing it by
 * oracle difficulty gives far more (A1 departs); without search (best-of-N weighted on oracle bins)
 * it is 1.6 to 2 and every efficiency row fails. Then the direction that a predicted difficulty
 * (here, probes charged to the query) does no better than the oracle's.
 */
final class AdaptiveTargets {

    private static final String SNELL = "Snell et al. 2024, arXiv 2408.03314";
    private static final Source EFFICIENCY = new Source(SNELL, "§5.3 and Fig. 4 (up to 4x less compute, 16"
            + " against 64 generations)");
    private static final Source HEADLINE = new Source(SNELL, "abstract (\"more than 4x\"); §5.3 (\"with oracle bins"
            + " we still see continued improvements\" at higher budgets)");
    private static final Source PREDICTED = new Source(SNELL, "§3.2 and §5.3, Fig. 4 (oracle against"
            + " model-predicted difficulty bins)");
    private static final String SUITE = "snell-math, PaLM 2-S* base";
    private static final String SEARCH = SUITE + ": " + Adaptive.ORACLE_LABEL
            + " over weighted-best-of-k and beam-search (upper bound)";
    /** The published efficiency, and its tolerance: a factor of 2, the spacing of the budgets it is read at. */
    static final double PUBLISHED_EFFICIENCY = 4;
    static final double EFFICIENCY_FACTOR = 2;
    private static final String TOO_EFFICIENT = "at the FLOPs of weighted best-of-16 (adaptive k = 43) the"
            + " oracle-difficulty mix (weighted best-of-16 on the easiest quintile, beam search at 16-32 in the"
            + " middle ones) reaches 37.7%, above weighted best-of-N's plateau (37.5% at N = 512), where Snell et"
            + " al.'s compute-optimal search at 16 generations is level with best-of-N at 64 (about 33-34%): beam"
            + " search alone (one bin) gives 5.4, within the tolerance; choosing it by difficulty adds far more here,"
            + " beam search being strong in the middle quintiles at small N (from N = 32 on it passes best-of-N"
            + " weighted's plateau even alone)";

    private AdaptiveTargets() {
    }

    static List<CalibrationTarget> targets() {
        List<CalibrationTarget> targets = new ArrayList<>();
        targets.add(new CalibrationTarget("A1", SEARCH, "weighted-best-of-k FLOPs to match its accuracy at the FLOPs"
                + " of N = 16 scored generations, over its FLOPs (a lower bound if it never does)", EFFICIENCY,
                new Tolerance.Factor(PUBLISHED_EFFICIENCY, EFFICIENCY_FACTOR), Basis.PREDICTED,
                () -> ComputeEfficiency.ratioAtLeast(search(DifficultyEstimate.ORACLE).plan(snellBase(),
                        budgetOf(16, snellBase())), strategy(WeightedBestOfK.ID), snellBase())).departs(TOO_EFFICIENT));
        int[] generations = {32, 64};
        for (int i = 0; i < generations.length; i++) {
            int n = generations[i];
            targets.add(new CalibrationTarget("A" + (2 + i), SEARCH, "weighted-best-of-k FLOPs to match its"
                    + " accuracy at the FLOPs of N = " + n + " scored generations, over its FLOPs (a lower bound if"
                    + " it never does)", HEADLINE,
                    Tolerance.Direction.above(PUBLISHED_EFFICIENCY, "\"more than 4x\" the efficiency of best-of-N"),
                    Basis.PREDICTED, () -> ComputeEfficiency.ratioAtLeast(search(DifficultyEstimate.ORACLE)
                            .plan(snellBase(), budgetOf(n, snellBase())), strategy(WeightedBestOfK.ID), snellBase())));
        }
        targets.add(new CalibrationTarget("A4", SUITE + ": adaptive over weighted-best-of-k and beam-search",
                "accuracy with probes - with oracle difficulty, k = 256", PREDICTED, noBetter(), Basis.PREDICTED,
                () -> accuracy(search(DifficultyEstimate.PROBES), snellBase(), 256)
                        - accuracy(search(DifficultyEstimate.ORACLE), snellBase(), 256)));
        targets.add(new CalibrationTarget("A5", "math-like 8B: adaptive", "accuracy with probes - with oracle"
                + " difficulty, k = 1024", PREDICTED, noBetter(), Basis.PREDICTED,
                () -> accuracy(adaptive(DifficultyEstimate.PROBES), llama8b(), 1024)
                        - accuracy(adaptive(DifficultyEstimate.ORACLE), llama8b(), 1024)));
        return targets;
    }

    private static Tolerance noBetter() {
        return Tolerance.Direction.below(0, "predicted difficulty bins do no better than oracle difficulty bins");
    }

    /**
     * Adaptive's budget k (it spends the FLOPs of k plain samples, its options paying their scorer
     * from them) that Snell et al.'s N generations cost, each scored by the PRM: the largest k whose
     * FLOPs do not exceed weighted best-of-N's.
     */
    static int budgetOf(int generations, Setting setting) {
        double flops = strategy(WeightedBestOfK.ID).flopsPerQuery(setting.deployment(), generations);
        int k = generations;
        while (setting.deployment().samplingFlops(k + 1) <= flops) {
            k++;
        }
        return k;
    }

    /** Adaptive with its default menu and {@code estimate}. */
    static Adaptive adaptive(DifficultyEstimate estimate) {
        return (Adaptive) strategy(Adaptive.ID, StrategyParameters.defaults().with(Adaptive.DIFFICULTY_ESTIMATE,
                estimate.id()));
    }

    /** Adaptive choosing among the PRM search methods of Snell et al. §5.3 only. */
    static Adaptive search(DifficultyEstimate estimate) {
        Adaptive adaptive = adaptive(estimate);
        return new Adaptive(adaptive.estimate(), adaptive.probes(), adaptive.bins(), adaptive.verifier(),
                List.of(strategy(WeightedBestOfK.ID), strategy(BeamSearch.ID)));
    }
}
