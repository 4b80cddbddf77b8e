package io.flopsplit.check.broken;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.inference.Greedy;
import io.flopsplit.policy.FixedSplitPolicy;
import io.flopsplit.policy.Policy;
import io.flopsplit.policy.PolicyType;

/**
 * Broken on purpose (deterministic): it jitters its training share with the wall clock, so the same
 * world gives a different allocation each time it is asked.
 */
public record NotDeterministic() implements Policy {

    public static final PolicyType<NotDeterministic> TYPE = PolicyType.of("not-deterministic",
            "Broken: its training share depends on the clock", NotDeterministic.class, NotDeterministic::new);

    @Override
    public PolicyType<NotDeterministic> type() {
        return TYPE;
    }

    @Override
    public Allocation allocate(Forecast forecast) {
        double jitter = (System.nanoTime() % 1_000_000) / 1e9;
        return new FixedSplitPolicy(0.5 + jitter, Greedy.TYPE).allocate(forecast);
    }
}
