package io.flopsplit.inference;

import io.flopsplit.tasks.Problem;
import java.util.StringJoiner;

/** The per-bin choice of {@link Adaptive}: success and FLOPs average over where the estimate lands. */
final class AdaptivePlan implements Plan {

    private final int k;
    private final DifficultyBins bins;
    private final Plan[] chosen;

    AdaptivePlan(int k, DifficultyBins bins, Plan[] chosen) {
        this.k = k;
        this.bins = bins;
        this.chosen = chosen.clone();
    }

    @Override
    public String strategy() {
        return Adaptive.ID;
    }

    @Override
    public int k() {
        return k;
    }

    @Override
    public double flopsPerQuery() {
        double flops = 0;
        for (int b = 0; b < chosen.length; b++) {
            flops += bins.probability(b) * chosen[b].flopsPerQuery();
        }
        return flops;
    }

    @Override
    public double successProbability(Problem problem) {
        double[] given = bins.binProbabilities(problem.difficulty());
        double success = 0;
        for (int b = 0; b < chosen.length; b++) {
            if (given[b] > 0) {
                success += given[b] * chosen[b].successProbability(problem);
            }
        }
        return Math.min(1, Math.max(0, success));
    }

    @Override
    public Outcome sample(Problem problem, QueryStreams streams) {
        return chosen[bins.sampleBin(problem.difficulty(), streams.estimates())].sample(problem, streams);
    }

    @Override
    public String describe() {
        StringJoiner choices = new StringJoiner(" ");
        for (int b = 0; b < chosen.length; b++) {
            choices.add((b + 1) + ":" + chosen[b].describe());
        }
        return choices.toString();
    }
}
