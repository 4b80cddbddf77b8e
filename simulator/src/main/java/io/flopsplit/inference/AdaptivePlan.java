package io.flopsplit.inference;

import io.flopsplit.tasks.Problem;
import io.flopsplit.tasks.ProblemSet;
import java.util.StringJoiner;

/**
 * The per-bin choice of {@link Adaptive}: the estimate's FLOPs, then success and FLOPs averaged
 * over where the estimate lands. A query's outcome charges the estimate and the option its bin chose.
 */
final class AdaptivePlan implements Plan {

    private final String label;
    private final int k;
    private final String estimate;
    private final double estimateFlops;
    private final DifficultyBins bins;
    private final Plan[] chosen;

    /**
     * @param label what the plan is called in outputs ({@link Adaptive#label})
     * @param k the average budget
     * @param estimate how the bins were found, for {@link #describe()}
     * @param estimateFlops FLOPs per query of the estimate (0 without one)
     * @param bins the bins and how queries land in them
     * @param chosen the option of each bin
     */
    AdaptivePlan(String label, int k, String estimate, double estimateFlops, DifficultyBins bins, Plan[] chosen) {
        this.label = label;
        this.k = k;
        this.estimate = estimate;
        this.estimateFlops = estimateFlops;
        this.bins = bins;
        this.chosen = chosen.clone();
    }

    @Override
    public String strategy() {
        return label;
    }

    @Override
    public int k() {
        return k;
    }

    @Override
    public double flopsPerQuery() {
        double flops = estimateFlops;
        for (int b = 0; b < chosen.length; b++) {
            flops += bins.probability(b) * chosen[b].flopsPerQuery();
        }
        return flops;
    }

    /** The FLOPs of the costliest query: the estimate, then the costliest bin's option. */
    double costliestQuery() {
        double costliest = 0;
        for (Plan option : chosen) {
            costliest = Math.max(costliest, option.flopsPerQuery());
        }
        return estimateFlops + costliest;
    }

    /**
     * The expected FLOPs per query over {@code problems}: the estimate, then each bin's option with the
     * probability that a query on each problem lands in that bin. Equal to {@link #flopsPerQuery()} on
     * the problems the plan is served on.
     */
    double flopsOn(ProblemSet problems) {
        double flops = 0;
        for (int i = 0; i < problems.size(); i++) {
            double[] given = bins.binProbabilities(problems.problem(i));
            for (int b = 0; b < chosen.length; b++) {
                flops += problems.weight(i) * given[b] * chosen[b].flopsPerQuery();
            }
        }
        return estimateFlops + flops;
    }

    @Override
    public double successProbability(Problem problem) {
        if (chosen.length == 1) {
            return chosen[0].successProbability(problem);
        }
        double[] given = bins.binProbabilities(problem);
        double success = 0;
        for (int b = 0; b < chosen.length; b++) {
            if (given[b] > 0) {
                success += given[b] * chosen[b].successProbability(problem);
            }
        }
        return Math.min(1, Math.max(0, success));
    }

    /** The estimate (from the difficulty-estimates stream), then the option of the bin it lands in. */
    @Override
    public Outcome sample(Problem problem, QueryStreams streams) {
        int bin = chosen.length == 1 ? 0 : bins.sampleBin(problem, streams.estimates());
        Outcome answer = chosen[bin].sample(problem, streams);
        return new Outcome(answer.success(), estimateFlops + answer.flops());
    }

    /** {@code 4 probes: 1:majority-vote@32 2:…}, {@code oracle difficulty (upper bound): …} or {@code no estimate: …}. */
    @Override
    public String describe() {
        StringJoiner choices = new StringJoiner(" ", estimate + ": ", "");
        if (chosen.length == 1) {
            return choices.add(chosen[0].describe()).toString();
        }
        for (int b = 0; b < chosen.length; b++) {
            choices.add((b + 1) + ":" + chosen[b].describe());
        }
        return choices.toString();
    }
}
