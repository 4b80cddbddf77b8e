package io.flopsplit.check;

import io.flopsplit.check.InvariantResult.Status;
import io.flopsplit.compute.Checks;
import io.flopsplit.policy.Monotonicity;
import io.flopsplit.policy.OraclePolicy;
import io.flopsplit.policy.Policies;
import io.flopsplit.policy.Policy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.quicktheories.core.Gen;

/**
 * Property-tests one allocation policy: each {@link Invariant} is a QuickTheories property over the
 * worlds of a {@link WorldSpace}, run from the options' seed; a falsified one is shrunk to a minimal
 * counterexample. The policy is examined once per world (the examinations are shared by the
 * invariants). The oracle it is compared with weighs the registered policies and this one, as the
 * oracle of a scenario listing this policy does. This is the one implementation of the checks:
 * {@code flopsplit check} and the JUnit test kit both call it.
 *
 * <pre>{@code
 * PolicyCheck check = new PolicyCheck(policy, WorldSpace.whole(), CheckOptions.defaults());
 * for (InvariantResult result : check.checkAll(done -> { })) {
 *     System.out.println(result.invariant().id() + " " + result.status());
 * }
 * }</pre>
 */
public final class PolicyCheck {

    private static final int REMEMBERED = 4096;
    private static final Map<List<Policy>, OraclePolicy> ORACLES = new LinkedHashMap<>();

    private final Policy policy;
    private final WorldSpace space;
    private final CheckOptions options;
    private final Map<CheckWorld, Examination> examinations = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CheckWorld, Examination> eldest) {
            return size() > REMEMBERED;
        }
    };

    public PolicyCheck(Policy policy, WorldSpace space, CheckOptions options) {
        this.policy = Checks.present("policy", policy);
        this.space = Checks.present("space", space);
        this.options = Checks.present("options", options);
    }

    /**
     * The invariants this policy is held to: all but the monotonicities its type does not declare (and,
     * for the oracle itself, the oracle's bound).
     */
    public List<Invariant> invariants() {
        List<Invariant> invariants = new ArrayList<>();
        for (Invariant invariant : Invariant.values()) {
            Optional<Monotonicity> claim = invariant.monotonicity();
            boolean declared = claim.isEmpty() || policy.type().monotonicity().contains(claim.get());
            boolean bounded = invariant != Invariant.ORACLE_BOUND || policy.type() != OraclePolicy.TYPE;
            if (declared && bounded) {
                invariants.add(invariant);
            }
        }
        return invariants;
    }

    /** Checks every invariant, telling {@code progress} each verdict as it comes. */
    public List<InvariantResult> checkAll(Consumer<InvariantResult> progress) {
        List<InvariantResult> results = new ArrayList<>();
        for (Invariant invariant : invariants()) {
            InvariantResult result = check(invariant);
            progress.accept(result);
            results.add(result);
        }
        return results;
    }

    /** Checks one invariant. */
    public InvariantResult check(Invariant invariant) {
        Tally tally = new Tally();
        if (invariant.monotonicity().isPresent()) {
            Gen<Pair> pairs = space.worlds().zip(WorldSpace.steps(), (world, step) -> pair(invariant, world, step));
            return run(invariant, pairs, pair -> holds(invariant, pair, tally), tally,
                    pair -> Counterexample.ofPair(policy, invariant, monotoneViolation(invariant, pair).orElseThrow(),
                            pair.less(), pair.more()));
        }
        return run(invariant, space.worlds(), world -> holds(invariant, examine(world), tally), tally,
                world -> Counterexample.of(policy, invariant, violation(invariant, examine(world)).orElseThrow(), world,
                        invariant == Invariant.ORACLE_BOUND ? List.of(oracle()) : List.of()));
    }

    private <T> InvariantResult run(Invariant invariant, Gen<T> gen, Predicate<T> holds, Tally tally,
                                    Function<T, Counterexample> counterexample) {
        Optional<T> smallest = Shrinker.smallestFalsifying(gen, holds, options.examplesFor(invariant),
                options.shrinkCyclesFor(invariant), options.seed());
        if (smallest.isPresent()) {
            Counterexample found = counterexample.apply(smallest.get());
            return new InvariantResult(policy.name(), invariant, Status.FALSIFIED, tally.worlds(), tally.refused(),
                    found.violation(), Optional.of(found), options);
        }
        Status status = tally.worlds() > tally.refused() ? Status.PASSED : Status.UNTESTED;
        return new InvariantResult(policy.name(), invariant, status, tally.worlds(), tally.refused(),
                tally.firstRefusal(), Optional.empty(), options);
    }

    private boolean holds(Invariant invariant, Examination examination, Tally tally) {
        tally.see(examination);
        return examination.refusal().isPresent() || violation(invariant, examination).isEmpty();
    }

    private Optional<String> violation(Invariant invariant, Examination examination) {
        if (invariant == Invariant.ORACLE_BOUND) {
            return examination.allocation().isEmpty() ? Optional.empty() : examination.beats(oracle());
        }
        return examination.violation(invariant);
    }

    private boolean holds(Invariant invariant, Pair pair, Tally tally) {
        Examination less = examine(pair.less());
        Examination more = examine(pair.more());
        tally.see(less);
        tally.see(more);
        return monotoneViolation(invariant, pair).isEmpty();
    }

    private Optional<String> monotoneViolation(Invariant invariant, Pair pair) {
        Examination less = examine(pair.less());
        Examination more = examine(pair.more());
        if (less.allocation().isEmpty() || more.allocation().isEmpty()) {
            return Optional.empty();
        }
        return Monotone.violation(invariant, less, more);
    }

    private Pair pair(Invariant invariant, CheckWorld world, int step) {
        return invariant == Invariant.MONOTONE_BUDGET
                ? new Pair(world, world.withBudget(WorldSpace.scaled(world.budgetFlops(), 1, step)))
                : new Pair(world, world.withQueries(WorldSpace.scaled(Math.max(1, world.realQueries()), 1, step)));
    }

    private Examination examine(CheckWorld world) {
        return examinations.computeIfAbsent(world, where -> Examination.of(policy, where));
    }

    /** The oracle a scenario listing this policy would have: it also weighs this policy's own allocation. */
    private OraclePolicy oracle() {
        List<Policy> rivals = new ArrayList<>(Policies.rivals());
        if (!rivals.contains(policy)) {
            rivals.add(policy);
        }
        synchronized (ORACLES) {
            return ORACLES.computeIfAbsent(List.copyOf(rivals), OraclePolicy::new);
        }
    }

    /** Two worlds that differ in one dimension, {@code more} having more of it. */
    record Pair(CheckWorld less, CheckWorld more) {
    }

    /** Distinct worlds looked at by one property, and those refused. */
    private static final class Tally {
        private final Set<CheckWorld> seen = new HashSet<>();
        private int refused;
        private String firstRefusal = "";

        void see(Examination examination) {
            if (seen.add(examination.where()) && examination.refusal().isPresent()) {
                refused++;
                if (firstRefusal.isEmpty()) {
                    firstRefusal = "refused: " + examination.refusal().get();
                }
            }
        }

        int worlds() {
            return seen.size();
        }

        int refused() {
            return refused;
        }

        String firstRefusal() {
            return firstRefusal;
        }
    }
}
