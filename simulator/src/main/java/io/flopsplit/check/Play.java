package io.flopsplit.check;

import io.flopsplit.compute.NotFiniteException;
import io.flopsplit.ledger.OverdraftException;
import io.flopsplit.policy.Policy;
import io.flopsplit.random.TrialStreams;
import io.flopsplit.trial.Trial;
import io.flopsplit.trial.TrialResult;
import io.flopsplit.trial.World;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One play of a trial under audit: its result (or the failure that ended it), and the violations its
 * {@link EventAudit} saw. A failure is attributed to the invariant it breaks: an overdraft to
 * {@link Invariant#NO_OVERDRAFT}, anything else (a NaN refused by a metric or an event, an exception
 * from the policy's training hook) to {@link Invariant#FINITE_RESULTS}: the trial did not complete.
 */
final class Play {

    private final EventAudit audit;
    private final TrialResult result;
    private final RuntimeException failure;

    private Play(EventAudit audit, TrialResult result, RuntimeException failure) {
        this.audit = audit;
        this.result = result;
        this.failure = failure;
    }

    /** Plays {@code policy} in {@code world} with {@code streams}, audited. */
    static Play of(World world, Policy policy, TrialStreams streams) {
        EventAudit audit = new EventAudit(world.horizonHours());
        try {
            TrialResult result = Trial.play(world, policy, streams, audit::watch);
            audit.finish(result);
            return new Play(audit, result, null);
        } catch (RuntimeException e) {
            return new Play(audit, null, e);
        }
    }

    /** The violations of this play, the first of each invariant. */
    Map<Invariant, String> violations() {
        Map<Invariant, String> found = new EnumMap<>(audit.violations());
        if (failure != null) {
            if (causedBy(failure, OverdraftException.class)) {
                found.putIfAbsent(Invariant.NO_OVERDRAFT, "the trial stopped on an overdraft: " + failure.getMessage());
            } else {
                found.putIfAbsent(Invariant.FINITE_RESULTS, (NotFiniteException.among(failure)
                        ? "a NaN or infinity reached the trial: " : "the trial did not complete: ") + failure);
            }
        }
        return found;
    }

    /** Where this play and {@code other} first differ, if they do: events, result or failure. */
    String difference(Play other) {
        List<EventAudit.Step> mine = audit.steps();
        List<EventAudit.Step> theirs = other.audit.steps();
        for (int i = 0; i < Math.min(mine.size(), theirs.size()); i++) {
            if (!mine.get(i).equals(theirs.get(i))) {
                return "event " + (i + 1) + " differs: " + mine.get(i) + " then " + theirs.get(i);
            }
        }
        if (mine.size() != theirs.size()) {
            return "the first play ran " + mine.size() + " events, the second " + theirs.size();
        }
        if (!Objects.equals(result, other.result)) {
            return "the results differ: " + result + " then " + other.result;
        }
        String failed = failure == null ? null : failure.toString();
        String otherFailed = other.failure == null ? null : other.failure.toString();
        return Objects.equals(failed, otherFailed) ? "" : "the first play ended with " + failed + ", the second with "
                + otherFailed;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
