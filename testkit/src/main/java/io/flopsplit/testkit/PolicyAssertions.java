package io.flopsplit.testkit;

import io.flopsplit.check.CheckOptions;
import io.flopsplit.check.CheckReport;
import io.flopsplit.check.Invariant;
import io.flopsplit.check.InvariantResult;
import io.flopsplit.check.PolicyCheck;
import io.flopsplit.check.WorldSpace;
import io.flopsplit.compute.Checks;
import io.flopsplit.policy.Policy;
import io.flopsplit.scenario.Scenario;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Assertions that an allocation policy keeps flopsplit's invariants, for JUnit (or any test
 * framework: a failure is an {@link AssertionError}). They run the checks of {@code flopsplit check}
 * ({@link PolicyCheck}), over worlds that QuickTheories generates from a seed and shrinks; a failure
 * names every invariant broken and prints, for each, the shrunk counterexample as a scenario file
 * that {@code flopsplit run} reproduces, and how to re-run the check.
 *
 * <pre>{@code
 * @Test
 * void myPolicyKeepsTheInvariants() {
 *     PolicyAssertions.assertInvariants(new MyPolicy(0.3));
 * }
 * }</pre>
 *
 * <p>By default {@value CheckOptions#DEFAULT_EXAMPLES} worlds per invariant from seed
 * {@value CheckOptions#DEFAULT_SEED}, as {@code flopsplit check}; the system properties
 * {@code flopsplit.check.examples} and {@code flopsplit.check.seed} change them for a whole run
 * ({@code mvn test -Dflopsplit.check.seed=7}), and {@link #examples}, {@link #seed} and
 * {@link #around} for one assertion.
 */
public final class PolicyAssertions {

    /** System property: worlds per invariant. */
    public static final String EXAMPLES_PROPERTY = "flopsplit.check.examples";
    /** System property: the seed of the worlds. */
    public static final String SEED_PROPERTY = "flopsplit.check.seed";

    private final CheckOptions options;
    private final WorldSpace space;

    private PolicyAssertions(CheckOptions options, WorldSpace space) {
        this.options = options;
        this.space = space;
    }

    /** The defaults, or the system properties' values: the whole range of worlds. */
    public static PolicyAssertions defaults() {
        return new PolicyAssertions(new CheckOptions(Integer.getInteger(EXAMPLES_PROPERTY, CheckOptions.DEFAULT_EXAMPLES),
                Long.getLong(SEED_PROPERTY, CheckOptions.DEFAULT_SEED)), WorldSpace.whole());
    }

    /** The same assertions over {@code examples} worlds per invariant. */
    public PolicyAssertions examples(int examples) {
        return new PolicyAssertions(new CheckOptions(examples, options.seed()), space);
    }

    /** The same assertions with worlds drawn from {@code seed}. */
    public PolicyAssertions seed(long seed) {
        return new PolicyAssertions(new CheckOptions(options.examples(), seed), space);
    }

    /** The same assertions in worlds around {@code scenario} (as {@code flopsplit check --scenario}). */
    public PolicyAssertions around(Scenario scenario) {
        return new PolicyAssertions(options, WorldSpace.around(Checks.present("scenario", scenario)));
    }

    /** Asserts every invariant {@code policy} is held to (its type's declared monotonicities included). */
    public void invariants(Policy policy) {
        check(policy, new PolicyCheck(policy, space, options).invariants());
    }

    /** Asserts one invariant. */
    public void invariant(Policy policy, Invariant invariant) {
        check(policy, List.of(invariant));
    }

    private void check(Policy policy, List<Invariant> invariants) {
        PolicyCheck check = new PolicyCheck(Checks.present("policy", policy), space, options);
        List<InvariantResult> failed = invariants.stream().map(check::check).filter(result -> !result.passed())
                .toList();
        if (!failed.isEmpty()) {
            throw new AssertionError(failed.stream().map(this::explain).collect(Collectors.joining("\n")));
        }
    }

    private String explain(InvariantResult result) {
        String rerun = "-D" + SEED_PROPERTY + "=" + options.seed() + " -D" + EXAMPLES_PROPERTY + "=" + options.examples()
                + " (or flopsplit check --policy " + result.policy() + " --seed " + options.seed() + " --examples "
                + options.examples() + " --classpath YOUR.jar)";
        String block = CheckReport.counterexample(result, rerun);
        return block.isEmpty() ? CheckReport.untested(result) : block;
    }

    /** Asserts every invariant of {@code policy}, with the defaults. */
    public static void assertInvariants(Policy policy) {
        defaults().invariants(policy);
    }

    /** Every allocation is finite, and selection + training never exceed the budget, exactly. */
    public static void assertAllocationsSound(Policy policy) {
        defaults().invariant(policy, Invariant.ALLOCATION_SOUND);
    }

    /** No phase spends beyond its account, and no work is planned beyond it. */
    public static void assertNoOverdraft(Policy policy) {
        defaults().invariant(policy, Invariant.NO_OVERDRAFT);
    }

    /** The ledger's accounts match the events debited at every event; spent + unspent = budget. */
    public static void assertLedgerBalances(Policy policy) {
        defaults().invariant(policy, Invariant.LEDGER_BALANCES);
    }

    /** The simulated clock never goes backwards or past the horizon. */
    public static void assertClockMonotone(Policy policy) {
        defaults().invariant(policy, Invariant.CLOCK);
    }

    /** The model trains on at least one token. */
    public static void assertTrains(Policy policy) {
        defaults().invariant(policy, Invariant.TRAINS);
    }

    /** The same world and seed give the same allocation and the same trial, event for event. */
    public static void assertDeterministic(Policy policy) {
        defaults().invariant(policy, Invariant.DETERMINISTIC);
    }

    /** No NaN or infinity: the trial completes with every metric finite and in range. */
    public static void assertFiniteResults(Policy policy) {
        defaults().invariant(policy, Invariant.FINITE_RESULTS);
    }

    /** The oracle is never beaten on expectation. */
    public static void assertOracleNeverBeaten(Policy policy) {
        defaults().invariant(policy, Invariant.ORACLE_BOUND);
    }

    /** The monotonicities the policy's type declares hold (none declared: nothing to assert). */
    public static void assertDeclaredMonotonicity(Policy policy) {
        PolicyAssertions defaults = defaults();
        defaults.check(policy, policy.type().monotonicity().stream().map(Invariant::of).toList());
    }

    /** Worlds it cannot serve are refused with a message, never null or another exception. */
    public static void assertClearRefusals(Policy policy) {
        defaults().invariant(policy, Invariant.CLEAR_REFUSALS);
    }
}
