package io.flopsplit.check.broken;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.inference.BestOfKOracle;
import io.flopsplit.inference.Greedy;
import io.flopsplit.policy.FixedSplitPolicy;
import io.flopsplit.policy.Policy;
import io.flopsplit.policy.PolicyType;

/**
 * Broken on purpose (oracle-bound): asked from its belief alone (as the oracle asks every rival) it
 * offers a modest greedy split, but in a trial, where it is also handed the truth meant only for the
 * oracle, it plans on the true world and serves best-of-k with a perfect verifier — a bound no
 * policy may exceed on expectation, and here one does.
 */
public record PeeksAtTheTruth() implements Policy {

    public static final PolicyType<PeeksAtTheTruth> TYPE = PolicyType.of("peeks-at-the-truth",
            "Broken: uses the truth meant for the oracle", PeeksAtTheTruth.class, PeeksAtTheTruth::new);

    @Override
    public PolicyType<PeeksAtTheTruth> type() {
        return TYPE;
    }

    @Override
    public Allocation allocate(Forecast forecast) {
        return new FixedSplitPolicy(0.5, Greedy.TYPE).allocate(forecast);
    }

    @Override
    public Allocation allocate(Forecast belief, Forecast truth) {
        return new FixedSplitPolicy(0.5, BestOfKOracle.TYPE).allocate(truth);
    }
}
