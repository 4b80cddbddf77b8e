package io.flopsplit.check;

/**
 * How hard a policy is checked: {@code examples} generated worlds per invariant, drawn (and shrunk)
 * by QuickTheories from {@code seed}, so the same options find the same counterexample. The comparison
 * with the oracle runs the oracle's numerical search in every world it looks at (one to eight seconds
 * each on a laptop core), so it looks at a tenth of the worlds, at least one.
 *
 * @param examples worlds per invariant, at least 1
 * @param seed the seed of the worlds
 */
public record CheckOptions(int examples, long seed) {

    /** Worlds per invariant unless told otherwise. */
    public static final int DEFAULT_EXAMPLES = 100;

    /** The seed unless told otherwise: a fixed one, so that CI runs are repeatable. */
    public static final long DEFAULT_SEED = 1;

    /**
     * Shrinking steps tried once a counterexample is found (QuickTheories' shrink cycles: each moves one
     * dimension a random way towards its target). Judging an allocation takes milliseconds, so those
     * invariants afford many; one that plays the trial twice per step, fewer; the oracle's bound, whose
     * every step runs the oracle's search, fewest.
     */
    static final int ALLOCATION_SHRINK_CYCLES = 1000;
    static final int TRIAL_SHRINK_CYCLES = 200;
    static final int ORACLE_SHRINK_CYCLES = 30;

    public CheckOptions {
        if (examples < 1) {
            throw new IllegalArgumentException("examples: must be >= 1, was " + examples);
        }
    }

    /** The defaults: {@value #DEFAULT_EXAMPLES} worlds per invariant, seed {@value #DEFAULT_SEED}. */
    public static CheckOptions defaults() {
        return new CheckOptions(DEFAULT_EXAMPLES, DEFAULT_SEED);
    }

    /** Worlds that {@code invariant} is checked in. */
    public int examplesFor(Invariant invariant) {
        return invariant == Invariant.ORACLE_BOUND ? Math.max(1, (examples + 9) / 10) : examples;
    }

    /** Shrinking steps for {@code invariant}. */
    int shrinkCyclesFor(Invariant invariant) {
        return switch (invariant) {
            case ORACLE_BOUND -> ORACLE_SHRINK_CYCLES;
            case ALLOCATION_SOUND, CLEAR_REFUSALS -> ALLOCATION_SHRINK_CYCLES;
            default -> TRIAL_SHRINK_CYCLES;
        };
    }
}
