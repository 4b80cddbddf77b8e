package io.flopsplit.inference;

import io.flopsplit.tasks.ProblemSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses, for {@link Adaptive}, one option per estimated-difficulty bin to maximise expected
 * accuracy under a FLOPs budget (Snell et al. 2024, arXiv 2408.03314, Eq. 1), the estimate's FLOPs
 * taken off the budget first ({@link BinChoice}). Under an average budget, for a Lagrange multiplier
 * λ each bin takes the option maximising accuracy − λ·FLOPs; λ is the smallest (by bisection) whose
 * choice fits the budget, and what budget remains is then spent greedily on the upgrade with the
 * largest accuracy gain that still fits; under a per-query budget each bin takes its most accurate
 * option within the budget (and its plan says so: {@code , budget per query}). The same choice is
 * made for one bin without an estimate (every query alike, the whole budget), and the plan is the
 * better of the two: where the estimate costs more than it is worth, the planner does not make it.
 * Options: greedy, each menu strategy at the powers of two up to min(bins·k,
 * {@value #MAX_OPTION_K}) and at the largest budget the whole budget (or what the estimate leaves)
 * affords. The bins' accuracies are planned on a coarse grid of the suite
 * ({@value #PLANNING_GRID_POINTS} nodes), each normalised by its bin's share of that grid; the
 * bins' shares that price the plan are taken on the problems it is served on, so that its expected
 * cost never exceeds the budget.
 */
final class AdaptivePlanner {

    static final int MAX_OPTION_K = 16384;
    /** Quadrature nodes the per-bin choice is planned on: the choice needs bins' accuracies, not the tails. */
    static final int PLANNING_GRID_POINTS = 64;
    /** An estimate must gain more than rounding to be made: equal accuracy is served without one. */
    private static final double TIE = 1e-9;

    private final Adaptive adaptive;
    private final Setting setting;
    private final ProblemSet problems;

    AdaptivePlanner(Adaptive adaptive, Setting setting) {
        this.adaptive = adaptive;
        this.setting = setting;
        this.problems = setting.suite().withGridPoints(Math.min(PLANNING_GRID_POINTS, setting.suite().gridPoints()))
                .problemsAt(setting.loss());
    }

    Plan plan(int k) {
        double budget = setting.deployment().samplingFlops(k);
        String label = adaptive.label();
        double estimateFlops = 0;
        DifficultyBins bins;
        if (adaptive.estimate() == DifficultyEstimate.ORACLE) {
            bins = DifficultyBins.oracle(setting.problems(), adaptive.bins());
        } else {
            ProbeScores probes = ProbeScores.of(adaptive.probes(), adaptive.verifier(), setting.distractorShares());
            estimateFlops = probes.flops(setting.deployment());
            bins = DifficultyBins.probed(problems, adaptive.bins(), probes).sharesOn(setting.problems());
        }
        List<Plan> options = options(k, budget, budget - estimateFlops);
        DifficultyBins alike = DifficultyBins.single(setting.problems());
        AdaptivePlan single = choose(label, k, "no estimate", 0, Membership.of(alike, problems), alike, options,
                budget);
        if (adaptive.bins() == 1 || budget - estimateFlops < options.get(0).flopsPerQuery()) {
            return single;
        }
        String estimate = (adaptive.estimate() == DifficultyEstimate.ORACLE ? "oracle difficulty (upper bound)"
                : adaptive.probes() + (adaptive.probes() == 1 ? " probe" : " probes"))
                + adaptive.budget().planNote();
        Membership planned = Membership.of(bins, problems);
        AdaptivePlan binned = choose(label, k, estimate, estimateFlops, planned, bins, options,
                budget - estimateFlops);
        ProblemSet judged = planned.coversEveryBin(bins) ? problems : setting.problems();
        return binned.accuracy(judged) > single.accuracy(judged) + TIE ? binned : single;
    }

    /** Greedy first (the cheapest), then each menu strategy's budgets, each (strategy, k) once. */
    private List<Plan> options(int k, double budget, double afterEstimate) {
        Map<List<Object>, Plan> options = new LinkedHashMap<>();
        options.put(List.of("greedy"), PlanCache.plan(new Greedy(), setting, 1));
        long limit = Math.min((long) adaptive.bins() * k, MAX_OPTION_K);
        Deployment deployment = setting.deployment();
        for (Strategy strategy : adaptive.menu()) {
            long cap = Math.min(limit, strategy.maxK());
            List<Integer> budgets = new ArrayList<>();
            for (int option = 2; option <= cap; option *= 2) {
                budgets.add(option);
            }
            for (double affordable : new double[] {budget, afterEstimate}) {
                budgets.add(strategy.largestAffordableK(deployment, flops -> flops <= affordable, MAX_OPTION_K));
            }
            for (int option : budgets) {
                if (option >= 2 && strategy.flopsPerQuery(deployment, option) <= adaptive.bins() * budget) {
                    options.computeIfAbsent(List.of(strategy, option), key -> PlanCache.plan(strategy, setting, option));
                }
            }
        }
        return List.copyOf(options.values());
    }

    /** Each bin's option under {@code budget}, the bins' accuracies planned on {@code planned}. */
    private AdaptivePlan choose(String label, int k, String estimate, double estimateFlops, Membership planned,
            DifficultyBins bins, List<Plan> options, double budget) {
        double[] costs = options.stream().mapToDouble(Plan::flopsPerQuery).toArray();
        int[] choice = adaptive.budget().choose(new BinChoice(accuracyByBin(planned, bins, options), costs, bins),
                budget);
        Plan[] chosen = new Plan[choice.length];
        for (int b = 0; b < choice.length; b++) {
            chosen[b] = options.get(choice[b]);
        }
        return new AdaptivePlan(label, k, estimate, estimateFlops, bins, chosen);
    }

    /**
     * Each option's accuracy in each bin, planned on the coarse grid; a bin that grid leaves empty
     * (possible with many oracle bins) but queries land in is planned on the served problems.
     */
    private double[][] accuracyByBin(Membership planned, DifficultyBins bins, List<Plan> options) {
        double[][] accuracy = planned.accuracyByBin(options);
        if (!planned.coversEveryBin(bins)) {
            double[][] served = Membership.of(bins, setting.problems()).accuracyByBin(options);
            for (int b = 0; b < bins.count(); b++) {
                if (planned.share()[b] == 0) {
                    accuracy[b] = served[b];
                }
            }
        }
        return accuracy;
    }

    /**
     * Which bins the problems of {@code over} land in, P(bin | problem) for each, and each bin's share
     * of them.
     */
    private record Membership(ProblemSet over, double[][] given, double[] share) {

        static Membership of(DifficultyBins bins, ProblemSet over) {
            double[][] given = new double[over.size()][];
            double[] share = new double[bins.count()];
            for (int i = 0; i < over.size(); i++) {
                given[i] = bins.binProbabilities(over.problem(i));
                for (int b = 0; b < bins.count(); b++) {
                    share[b] += over.weight(i) * given[i][b];
                }
            }
            return new Membership(over, given, share);
        }

        /** Whether every bin that queries land in holds some of these problems. */
        boolean coversEveryBin(DifficultyBins bins) {
            for (int b = 0; b < share.length; b++) {
                if (share[b] == 0 && bins.probability(b) > 0) {
                    return false;
                }
            }
            return true;
        }

        /** Each option's accuracy in each bin over these problems, normalised by the bin's share of them. */
        double[][] accuracyByBin(List<Plan> options) {
            double[][] accuracy = new double[share.length][options.size()];
            for (int o = 0; o < options.size(); o++) {
                for (int i = 0; i < over.size(); i++) {
                    double success = options.get(o).successProbability(over.problem(i));
                    for (int b = 0; b < share.length; b++) {
                        accuracy[b][o] += over.weight(i) * given[i][b] * success;
                    }
                }
            }
            for (int b = 0; b < share.length; b++) {
                for (int o = 0; o < options.size(); o++) {
                    accuracy[b][o] = share[b] > 0 ? accuracy[b][o] / share[b] : 0;
                }
            }
            return accuracy;
        }
    }
}
