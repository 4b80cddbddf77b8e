package io.flopsplit.check.broken;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Expectation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.data.DataSelection;
import io.flopsplit.inference.Greedy;
import io.flopsplit.policy.FixedSplitPolicy;
import io.flopsplit.policy.OraclePolicy;
import io.flopsplit.policy.Policy;
import io.flopsplit.policy.PolicyType;
import java.util.List;
import java.util.Optional;

/**
 * Broken on purpose (oracle-bound): it has two faces. Asked from its belief alone — as the oracle
 * asks every rival, to weigh the rival's own allocation — it offers a modest greedy split. In a
 * trial, handed the truth meant only for the oracle, it takes the allocation the oracle's own search
 * finds in the true world and trains that model on the data the scenario's selection keeps, which
 * the oracle's candidates never do (they train on the unfiltered pool; selection reaches the oracle
 * only through a rival's own allocation, selection-heavy's greedy one); it serves that when the true
 * world expects it to answer more, the oracle's allocation otherwise. Selection pays where scoring
 * the pool is cheap against training and the kept pool is not repeated much — the scenario defaults
 * among them: the perfect checker on the same model, its tokens cut by what scoring costs, answers
 * more. The oracle never sees this allocation, so it cannot match it.
 *
 * <p>Serving the oracle's allocation with adaptive allocation instead (the other thing the oracle
 * does not search) does not bite: adaptive's menu lacks the perfect checker the oracle's best
 * allocation serves with in nearly every generated world, and answers far less there.
 */
public record PeeksAtTheTruth() implements Policy {

    public static final PolicyType<PeeksAtTheTruth> TYPE = PolicyType.of("peeks-at-the-truth",
            "Broken: uses the truth meant for the oracle", PeeksAtTheTruth.class, PeeksAtTheTruth::new);

    /** The oracle's own search, without rivals; it remembers its searches, so a trial asks it once. */
    private static final class Search {
        static final OraclePolicy ORACLE = new OraclePolicy(List.of());
    }

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
        Allocation found = Search.ORACLE.allocate(truth, truth);
        double accuracy = Expectation.of(truth, found).accuracy();
        return selected(truth, found).filter(better -> Expectation.of(truth, better).accuracy() > accuracy)
                .orElse(found);
    }

    /**
     * {@code allocation}'s model trained on the pool the scenario's selection keeps, on fewer tokens so
     * that scoring the pool comes out of training (the inference share is unchanged); empty when it
     * already selects, when scoring costs its whole training, or when the selection keeps nothing.
     */
    private static Optional<Allocation> selected(Forecast truth, Allocation allocation) {
        if (allocation.selection().isPresent()) {
            return Optional.empty();
        }
        DataSelection selection;
        try {
            selection = truth.selection().of(truth.pool());
        } catch (IllegalArgumentException keepsNothing) {
            return Optional.empty();
        }
        double training = allocation.trainingFlops(truth) - selection.selectionFlops();
        double tokens = training > 0 ? truth.convention().tokensWithin(allocation.params(), training) : 0;
        return tokens >= 1 ? Optional.of(new Allocation(Optional.of(selection), allocation.params(), tokens,
                allocation.strategy(), allocation.k())) : Optional.empty();
    }
}
