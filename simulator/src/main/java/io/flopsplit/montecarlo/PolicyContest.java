package io.flopsplit.montecarlo;

import io.flopsplit.policy.Policy;
import io.flopsplit.random.TrialStreams;
import io.flopsplit.statistics.Range;
import io.flopsplit.trial.Trial;
import io.flopsplit.trial.TrialResult;
import io.flopsplit.trial.World;
import java.util.List;
import java.util.function.Function;

/**
 * Policies compared trial by trial: in trial t every policy plays the same world (the same draw of
 * the uncertain inputs, from the trial's SCENARIO_PARAMETERS stream) with the same streams, so their
 * differences come from their decisions alone. The objective is accuracy over all queries.
 */
public final class PolicyContest implements Contest {

    private final List<Policy> policies;
    private final Function<TrialStreams, World> worlds;

    /**
     * @param policies the contestants
     * @param worlds the world of a trial, drawn from its streams (the same for every policy)
     */
    public PolicyContest(List<Policy> policies, Function<TrialStreams, World> worlds) {
        this.policies = List.copyOf(policies);
        this.worlds = worlds;
    }

    @Override
    public List<String> contestants() {
        return policies.stream().map(Policy::name).toList();
    }

    @Override
    public List<String> metrics() {
        return TrialResult.METRICS;
    }

    @Override
    public String objective() {
        return "accuracy";
    }

    @Override
    public boolean higherIsBetter() {
        return true;
    }

    /** Accuracies lie in [0, 1]; every other trial metric (counts, FLOPs, hours, loss) is non-negative. */
    @Override
    public Range range(String metric) {
        return metric.equals("accuracy") || metric.equals("servedAccuracy") ? Range.UNIT : Range.NON_NEGATIVE;
    }

    @Override
    public void play(TrialStreams streams, int contestant, double[] values) {
        TrialResult result = Trial.play(worlds.apply(streams), policies.get(contestant), streams);
        result.copyMetrics(values);
    }
}
