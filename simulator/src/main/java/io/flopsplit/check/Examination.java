package io.flopsplit.check;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Expectation;
import io.flopsplit.compute.NumberText;
import io.flopsplit.policy.Policy;
import io.flopsplit.random.TrialStreams;
import io.flopsplit.trial.World;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How one policy fares in one generated world (trial 0 of its seed): it is asked to allocate twice and
 * its allocation is checked on its own ({@link AllocationInvariants}, at least one token); then, when
 * an invariant of the trial is first asked about, the trial is played twice under audit and compared
 * event for event. What is found is kept, the first violation of each invariant; the events are not.
 * A world the policy refuses with a message is recorded as refused and examined no further. The
 * expected accuracy and the comparison with the oracle are computed only when asked (the oracle's
 * search takes seconds).
 */
final class Examination {

    /** Slack on the oracle's bound: expected accuracies are shares of queries, computed in doubles. */
    static final double ORACLE_TOLERANCE = 1e-9;

    /** The invariants that can be judged from the allocation alone, without playing the trial. */
    private static final Set<Invariant> OF_THE_ALLOCATION = EnumSet.of(Invariant.ALLOCATION_SOUND,
            Invariant.CLEAR_REFUSALS);

    private final Policy policy;
    private final CheckWorld where;
    private final World world;
    private final Attempt attempt;
    private final Map<Invariant, String> violations = new EnumMap<>(Invariant.class);
    private boolean played;

    private Examination(Policy policy, CheckWorld where) {
        this.policy = policy;
        this.where = where;
        this.world = where.world();
        this.attempt = Attempt.of(policy, world);
        Attempt again = Attempt.of(policy, world);
        if (!attempt.equals(again)) {
            violations.put(Invariant.DETERMINISTIC, "asked twice in the same world it answered " + describe(attempt)
                    + ", then " + describe(again));
        }
        if (attempt instanceof Attempt.Failed failed) {
            violations.putIfAbsent(failed.invariant(), failed.message());
        } else if (attempt instanceof Attempt.Allocated allocated) {
            Allocation allocation = allocated.allocation();
            AllocationInvariants.violations(allocation, world.belief()).stream().findFirst()
                    .ifPresent(wrong -> violations.put(Invariant.ALLOCATION_SOUND, wrong));
            if (allocation.trainingTokens() < 1) {
                violations.put(Invariant.TRAINS, "plans " + NumberText.exact(allocation.trainingTokens())
                        + " training tokens");
            }
        }
    }

    /** Examines {@code policy} in {@code where} (the trial is played when first needed). */
    static Examination of(Policy policy, CheckWorld where) {
        return new Examination(policy, where);
    }

    /** Plays the trial twice, audited, once an invariant of the trial is asked about. */
    private void play() {
        if (played) {
            return;
        }
        played = true;
        if (allocation().isEmpty() || violations.containsKey(Invariant.ALLOCATION_SOUND)) {
            return;
        }
        TrialStreams streams = where.streams();
        Play one = Play.of(world, policy, streams);
        Play two = Play.of(world, policy, streams);
        one.violations().forEach(violations::putIfAbsent);
        String difference = one.difference(two);
        if (!difference.isEmpty()) {
            violations.putIfAbsent(Invariant.DETERMINISTIC, "the same trial played twice: " + difference);
        }
    }

    private static String describe(Attempt attempt) {
        return attempt instanceof Attempt.Allocated allocated ? Allocations.describe(allocated.allocation(), 0)
                : attempt.toString();
    }

    /** The world. */
    CheckWorld where() {
        return where;
    }

    /** Why the policy refused the world, if it did. */
    Optional<String> refusal() {
        return attempt instanceof Attempt.Refused refused ? Optional.of(refused.reason()) : Optional.empty();
    }

    /** The first violation of {@code invariant} found, if any. */
    Optional<String> violation(Invariant invariant) {
        if (!OF_THE_ALLOCATION.contains(invariant)) {
            play();
        }
        return Optional.ofNullable(violations.get(invariant));
    }

    /** The allocation, if the policy allocated. */
    Optional<Allocation> allocation() {
        return attempt instanceof Attempt.Allocated allocated ? Optional.of(allocated.allocation()) : Optional.empty();
    }

    /** The expected accuracy of the policy's allocation in the trial's true world. */
    double expectedAccuracy() {
        return Expectation.of(world.truth(), allocation().orElseThrow()).accuracy();
    }

    /** Whether the policy's expected accuracy beats {@code oracle}'s in this world, and by how much. */
    Optional<String> beats(Policy oracle) {
        double mine = expectedAccuracy();
        Allocation best = oracle.allocate(world.belief(), world.truth());
        double bound = Expectation.of(world.truth(), best).accuracy();
        return mine > bound + ORACLE_TOLERANCE
                ? Optional.of("expected accuracy " + NumberText.significant(mine, 6) + " beats the oracle's "
                        + NumberText.significant(bound, 6) + " in the same true world (" + Allocations.describe(
                                allocation().orElseThrow()) + ", against the oracle's " + Allocations.describe(best) + ")")
                : Optional.empty();
    }
}
