package io.flopsplit.inference;

/**
 * One option per bin maximising the expected accuracy Σ_b P(b)·acc[b][o_b] subject to the average
 * cost Σ_b P(b)·cost[o_b] ≤ budget: a multiple-choice knapsack, solved by its Lagrangian relaxation
 * (for a multiplier λ each bin takes the option maximising acc − λ·cost; λ is the smallest, by
 * bisection, whose choice fits) and then a greedy fill of what budget remains with the upgrade of
 * largest gain that still fits. Option 0 must be the cheapest (it is taken when nothing else fits).
 * Under a budget that binds every query instead ({@link #chooseEach}) each bin takes its most accurate
 * option within it.
 */
final class BinChoice {

    private static final int BISECTIONS = 100;
    /** λ doublings before the cheapest choice is taken as it is (it always is by then). */
    private static final int MAX_DOUBLINGS = 2000;
    /** The bin probabilities sum to 1 only up to rounding: the budget is met within this share. */
    private static final double SLACK = 1e-12;

    private final double[][] accuracy;
    private final double[] costs;
    private final DifficultyBins bins;

    /**
     * @param accuracy acc[b][o], the expected accuracy of option o on the queries of bin b
     * @param costs the FLOPs per query of each option
     * @param bins the bins' probabilities
     */
    BinChoice(double[][] accuracy, double[] costs, DifficultyBins bins) {
        this.accuracy = accuracy;
        this.costs = costs;
        this.bins = bins;
    }

    /** The option of each bin. */
    int[] choose(double budget) {
        double limit = budget * (1 + SLACK);
        int[] choice = pick(0);
        if (spend(choice) > limit) {
            double low = 0;
            double high = 1 / budget;
            for (int doubling = 0; doubling < MAX_DOUBLINGS && spend(pick(high)) > limit; doubling++) {
                high *= 2;
            }
            for (int i = 0; i < BISECTIONS; i++) {
                double middle = (low + high) / 2;
                if (spend(pick(middle)) > limit) {
                    low = middle;
                } else {
                    high = middle;
                }
            }
            choice = pick(high);
        }
        fill(choice, limit);
        return choice;
    }

    /** The option of each bin when every query must cost at most {@code budget}: its most accurate that fits. */
    int[] chooseEach(double budget) {
        double limit = budget * (1 + SLACK);
        int[] choice = new int[accuracy.length];
        for (int b = 0; b < accuracy.length; b++) {
            for (int o = 1; o < costs.length; o++) {
                boolean better = accuracy[b][o] > accuracy[b][choice[b]]
                        || (accuracy[b][o] == accuracy[b][choice[b]] && costs[o] < costs[choice[b]]);
                if (costs[o] <= limit && better) {
                    choice[b] = o;
                }
            }
        }
        return choice;
    }

    private int[] pick(double lambda) {
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

    private double spend(int[] choice) {
        double spend = 0;
        for (int b = 0; b < choice.length; b++) {
            spend += bins.probability(b) * costs[choice[b]];
        }
        return spend;
    }

    private void fill(int[] choice, double limit) {
        while (true) {
            int bestBin = -1;
            int bestOption = -1;
            double bestGain = 0;
            double spent = spend(choice);
            for (int b = 0; b < choice.length; b++) {
                for (int o = 0; o < costs.length; o++) {
                    double gain = bins.probability(b) * (accuracy[b][o] - accuracy[b][choice[b]]);
                    double after = spent + bins.probability(b) * (costs[o] - costs[choice[b]]);
                    if (gain > bestGain && after <= limit) {
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
