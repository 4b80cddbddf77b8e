package io.flopsplit.trial;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.memo.Memo;
import io.flopsplit.policy.Policy;

/**
 * Policies' allocations, remembered per (policy, belief) for every policy that decides from its
 * belief alone ({@link Policy#decidesFromBeliefAlone()}): policies are immutable values and plan
 * with the nominal belief, so every trial of a run asks the same question. The oracle, which is
 * told each trial's truth, caches its own searches.
 */
final class Allocations {

    private static final int CAPACITY = 256;

    private record Decision(Policy policy, Forecast belief) {
    }

    private static final Memo<Decision, Allocation> DECIDED = new Memo<>(CAPACITY);

    private Allocations() {
    }

    /** {@code policy.allocate(belief, truth)}, remembered where it depends on the belief alone. */
    static Allocation of(Policy policy, Forecast belief, Forecast truth) {
        if (!policy.decidesFromBeliefAlone()) {
            return policy.allocate(belief, truth);
        }
        return DECIDED.get(new Decision(policy, belief), decision -> policy.allocate(belief));
    }
}
