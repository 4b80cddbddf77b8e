package io.flopsplit.check;

import io.flopsplit.compute.NumberText;
import io.flopsplit.ledger.Ledger;
import io.flopsplit.policy.Monotonicity;
import java.util.Arrays;
import java.util.Optional;

/**
 * What {@code flopsplit check} holds every allocation policy to, in every generated world, each with
 * the name reports give it and what it claims. Each can fail: the project's tests show a deliberately
 * broken policy (or, for the two a policy cannot reach, a tampered trial) caught by each. The
 * monotonicities are checked only for policy types that declare them ({@link Monotonicity}).
 */
public enum Invariant {

    ALLOCATION_SOUND("allocation-sound", "every allocation is finite and selection + training <= budget exactly, so"
            + " the inference share is never negative"),
    NO_OVERDRAFT("no-overdraft", "no phase ever spends beyond its account, at any event, and no work is planned"
            + " beyond what its account holds"),
    LEDGER_BALANCES("ledger-balances", "at every event and at the end, each phase's spent FLOPs equal the work"
            + " events it was debited and spent + unspent = budget (within " + NumberText.exact(Ledger.RELATIVE_TOLERANCE)
            + " of the budget)"),
    CLOCK("clock-monotone", "events run at non-decreasing times within the horizon"),
    TRAINS("trains", "the model is planned on at least one training token, and trains at least one once a chunk"
            + " completes"),
    DETERMINISTIC("deterministic", "the same world and seed give the same allocation and the same trial, event for"
            + " event"),
    FINITE_RESULTS("finite-results", "no NaN or infinity from the policy: the trial completes and every metric is"
            + " finite and in its range"),
    ORACLE_BOUND("oracle-bound", "its expected accuracy in the trial's true world never exceeds the oracle's by"
            + " more than " + NumberText.exact(Examination.ORACLE_TOLERANCE)),
    MONOTONE_BUDGET(Monotonicity.BUDGET),
    MONOTONE_DEMAND(Monotonicity.DEMAND),
    CLEAR_REFUSALS("clear-refusals", "a world it cannot serve is refused with an IllegalArgumentException and a"
            + " message, never with null, a blank message or another exception; refusals are counted");

    private final String id;
    private final String statement;
    private final Monotonicity claim;

    Invariant(String id, String statement) {
        this.id = id;
        this.statement = statement;
        this.claim = null;
    }

    Invariant(Monotonicity claim) {
        this.id = claim.id();
        this.statement = claim.statement() + ", as its type declares";
        this.claim = claim;
    }

    /** The name reports give it, e.g. {@code allocation-sound}. */
    public String id() {
        return id;
    }

    /** What it claims, one line. */
    public String statement() {
        return statement;
    }

    /** The invariant that checks {@code claim}. */
    public static Invariant of(Monotonicity claim) {
        return Arrays.stream(values()).filter(invariant -> invariant.claim == claim).findFirst().orElseThrow();
    }

    /** The monotonicity this invariant checks, if it is one. */
    public Optional<Monotonicity> monotonicity() {
        return Optional.ofNullable(claim);
    }
}
