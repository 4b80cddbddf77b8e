package io.flopsplit.random;

import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.LongJumpableUniformRandomProvider;
import org.apache.commons.rng.RandomProviderState;
import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.apache.commons.rng.core.source64.XoShiRo256PlusPlus;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The master of all random streams of a run. Trial t's streams start 2^192·t draws into the
 * xoshiro256++ sequence seeded by the master seed (t long jumps), and its purposes are 2^128 draws
 * apart within that block (one jump each): streams never overlap for any realistic run, and trial
 * t's draws are the same whichever thread plays it. Trials are handed out in order by
 * {@link #next()}; {@link #trial(long)} reaches any trial directly at a cost linear in its index.
 *
 * <p>Not thread-safe: one coordinating thread derives the trials and hands them to workers.
 */
public final class RandomStreams {

    private static final RandomSource SOURCE = RandomSource.XO_SHI_RO_256_PP;
    /** A seed that is overwritten at once by a saved state. */
    private static final long[] UNSEEDED = {1, 2, 3, 4};

    private final long masterSeed;
    private final LongJumpableUniformRandomProvider cursor;
    private long nextTrial;

    /** Streams derived from {@code masterSeed}. */
    public RandomStreams(long masterSeed) {
        this.masterSeed = masterSeed;
        this.cursor = (LongJumpableUniformRandomProvider) SOURCE.create(masterSeed);
    }

    /** The master seed. */
    public long masterSeed() {
        return masterSeed;
    }

    /** The streams of the next trial in order (trial 0 first). */
    public TrialStreams next() {
        JumpableUniformRandomProvider block = cursor.longJump();
        return new TrialStreams(nextTrial++, block);
    }

    /** The streams of trial {@code index}, however many trials were handed out before. */
    public TrialStreams trial(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("index: must be >= 0, was " + index);
        }
        RandomStreams fresh = new RandomStreams(masterSeed);
        for (long skipped = 0; skipped < index; skipped++) {
            fresh.cursor.longJump();
        }
        fresh.nextTrial = index;
        return fresh.next();
    }

    /**
     * A new generator in the given saved state: made directly (as {@link #SOURCE} makes it, without
     * its seeding machinery, which would cost more than the trial's use of the stream).
     */
    static RestorableUniformRandomProvider restore(RandomProviderState state) {
        RestorableUniformRandomProvider generator = new XoShiRo256PlusPlus(UNSEEDED);
        generator.restoreState(state);
        return generator;
    }
}
