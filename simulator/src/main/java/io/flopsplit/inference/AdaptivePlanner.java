package io.flopsplit.inference;

import io.flopsplit.tasks.ProblemSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses, for {@link Adaptive}, one option per estimated-difficulty bin to maximise expected
 * accuracy under an average FLOPs budget (Snell et al. 2024, arXiv 2408.03314, Eq. 1). For a
 * Lagrange multiplier λ each bin takes the option maximising accuracy − λ·FLOPs; λ is the smallest
 * (by bisection) whose choice fits the budget, and what budget remains is then spent greedily on the
 * upgrade with the largest accuracy gain that still fits.
 */
final class AdaptivePlanner {

    static final int MAX_OPTION_K = 16384;
    /** Quadrature nodes the per-bin choice is planned on: the choice needs bins' accuracies, not the tails. */
    static final int PLANNING_GRID_POINTS = 64;
    private static final int BISECTIONS = 100;
    /** λ doublings before the cheapest choice is taken as it is (it always is by then). */
    private static final int MAX_DOUBLINGS = 2000;

    private final Adaptive adaptive;
    private final Setting setting;
    private final ProblemSet problems;
    private final DifficultyBins bins;

    AdaptivePlanner(Adaptive adaptive, Setting setting) {
        this.adaptive = adaptive;
        this.setting = setting;
        this.problems = setting.suite().withGridPoints(Math.min(PLANNING_GRID_POINTS, setting.suite().gridPoints()))
                .problemsAt(setting.loss());
        this.bins = DifficultyBins.of(problems, adaptive.bins(), adaptive.estimateNoise());
    }

    Plan plan(int k) {
        double budget = setting.deployment().samplingFlops(k);
        List<Plan> options = options(k, budget);
        double[][] accuracy = accuracyByBin(options);
        double[] costs = options.stream().mapToDouble(Plan::flopsPerQuery).toArray();
        int[] choice = choose(accuracy, costs, budget);
        Plan[] chosen = new Plan[choice.length];
        for (int b = 0; b < choice.length; b++) {
            chosen[b] = options.get(choice[b]);
        }
        return new AdaptivePlan(k, bins, chosen);
    }

    private List<Plan> options(int k, double budget) {
        List<Plan> options = new ArrayList<>();
        options.add(PlanCache.plan(new Greedy(), setting, 1));
        long limit = Math.min((long) adaptive.bins() * k, MAX_OPTION_K);
        for (Strategy strategy : adaptive.menu()) {
            long cap = Math.min(limit, strategy.maxK());
            for (int option = 2; option <= cap; option *= 2) {
                Plan plan = PlanCache.plan(strategy, setting, option);
                if (plan.flopsPerQuery() <= adaptive.bins() * budget) {
                    options.add(plan);
                }
            }
        }
        return options;
    }

    private double[][] accuracyByBin(List<Plan> options) {
        double[][] accuracy = new double[bins.count()][options.size()];
        double[][] given = new double[problems.size()][];
        for (int i = 0; i < problems.size(); i++) {
            given[i] = bins.binProbabilities(problems.problem(i).difficulty());
        }
        for (int o = 0; o < options.size(); o++) {
            for (int i = 0; i < problems.size(); i++) {
                double success = options.get(o).successProbability(problems.problem(i));
                for (int b = 0; b < bins.count(); b++) {
                    accuracy[b][o] += problems.weight(i) * given[i][b] * success;
                }
            }
        }
        for (int b = 0; b < bins.count(); b++) {
            for (int o = 0; o < options.size(); o++) {
                accuracy[b][o] = bins.probability(b) > 0 ? accuracy[b][o] / bins.probability(b) : 0;
            }
        }
        return accuracy;
    }

    private int[] choose(double[][] accuracy, double[] costs, double budget) {
        // The bin probabilities sum to 1 only up to rounding: allow the same slack as fill().
        double limit = budget * (1 + 1e-12);
        int[] choice = pick(accuracy, costs, 0);
        if (spend(choice, costs) > limit) {
            double low = 0;
            double high = 1 / budget;
            for (int doubling = 0; doubling < MAX_DOUBLINGS && spend(pick(accuracy, costs, high), costs) > limit;
                    doubling++) {
                high *= 2;
            }
            for (int i = 0; i < BISECTIONS; i++) {
                double middle = (low + high) / 2;
                if (spend(pick(accuracy, costs, middle), costs) > limit) {
                    low = middle;
                } else {
                    high = middle;
                }
            }
            choice = pick(accuracy, costs, high);
        }
        fill(choice, accuracy, costs, budget);
        return choice;
    }

    private int[] pick(double[][] accuracy, double[] costs, double lambda) {
        int[] choice = new int[accuracy.length];
        for (int b = 0; b < accuracy.length; b++) {
            for (int o = 1; o < costs.length; o++) {
                double value = accuracy[b][o] - lambda * costs[o];
                double best = accuracy[b][choice[b]] - lambda * costs[choice[b]];
                if (value > best || (value == best && costs[o] < costs[choice[b]])) {
                    choice[b] = o;
                }
            }
        }
        return choice;
    }

    private double spend(int[] choice, double[] costs) {
        double spend = 0;
        for (int b = 0; b < choice.length; b++) {
            spend += bins.probability(b) * costs[choice[b]];
        }
        return spend;
    }

    private void fill(int[] choice, double[][] accuracy, double[] costs, double budget) {
        while (true) {
            int bestBin = -1;
            int bestOption = -1;
            double bestGain = 0;
            double spent = spend(choice, costs);
            for (int b = 0; b < choice.length; b++) {
                for (int o = 0; o < costs.length; o++) {
                    double gain = bins.probability(b) * (accuracy[b][o] - accuracy[b][choice[b]]);
                    double after = spent + bins.probability(b) * (costs[o] - costs[choice[b]]);
                    if (gain > bestGain && after <= budget * (1 + 1e-12)) {
                        bestGain = gain;
                        bestBin = b;
                        bestOption = o;
                    }
                }
            }
            if (bestBin < 0) {
                return;
            }
            choice[bestBin] = bestOption;
        }
    }
}
