package io.flopsplit.trial;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.memo.Memo;
import io.flopsplit.policy.Policy;
import java.util.IdentityHashMap;
import java.util.Map;

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

    /**
     * Each thread's last decision of each policy object, found by identity: a run asks the same belief
     * object in every trial, and this spares hashing it.
     */
    private record Last(Forecast belief, Allocation allocation) {
    }

    private static final ThreadLocal<Map<Policy, Last>> LAST = ThreadLocal.withInitial(IdentityHashMap::new);

    private Allocations() {
    }

    /** {@code policy.allocate(belief, truth)}, remembered where it depends on the belief alone. */
    static Allocation of(Policy policy, Forecast belief, Forecast truth) {
        if (!policy.decidesFromBeliefAlone()) {
            return policy.allocate(belief, truth);
        }
        Map<Policy, Last> known = LAST.get();
        Last last = known.get(policy);
        if (last != null && last.belief() == belief) {
            return last.allocation();
        }
        Allocation allocation = DECIDED.get(new Decision(policy, belief), decision -> policy.allocate(belief));
        known.put(policy, new Last(belief, allocation));
        return allocation;
    }
}
