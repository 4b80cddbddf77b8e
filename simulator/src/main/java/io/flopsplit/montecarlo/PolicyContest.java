package io.flopsplit.montecarlo;

import io.flopsplit.policy.Policy;
import io.flopsplit.random.TrialStreams;
import io.flopsplit.trial.Metric;
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
    public List<Metric> metrics() {
        return List.of(Metric.values());
    }

    @Override
    public Metric objective() {
        return Metric.ACCURACY;
    }

    @Override
    public boolean higherIsBetter() {
        return true;
    }


    /** Draws the trial's world once and plays every policy in it. */
    @Override
    public void playAll(TrialStreams streams, double[][] values) {
        World world = worlds.apply(streams);
        for (int c = 0; c < values.length; c++) {
            int contestant = c;
            ContestantFailure.attribute(contestant,
                    () -> Trial.play(world, policies.get(contestant), streams).copyMetrics(values[contestant]));
        }
    }

    @Override
    public void play(TrialStreams streams, int contestant, double[] values) {
        TrialResult result = Trial.play(worlds.apply(streams), policies.get(contestant), streams);
        result.copyMetrics(values);
    }
}
