package io.flopsplit.random;

import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.RandomProviderState;
import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The random streams of one trial, one per {@link Purpose}. Each call to {@link #stream} returns a
 * new generator at the start of that purpose's stream, so every policy played in the trial sees
 * exactly the same draws for the same purpose: common random numbers. Purpose i's stream starts
 * i + 1 jumps into the trial's block; the starts are derived on first use, up to the purpose asked
 * for, by whichever thread plays the trial, so the thread that hands trials out does only one long
 * jump per trial and a trial that draws only its arrivals makes two jumps. Safe to share between
 * threads.
 */
public final class TrialStreams {

    private final long trial;
    private final JumpableUniformRandomProvider block;
    private final RandomProviderState[] starts = new RandomProviderState[Purpose.values().length];
    private int derived;

    TrialStreams(long trial, JumpableUniformRandomProvider block) {
        this.trial = trial;
        this.block = block;
    }

    /** The start of {@code purpose}'s stream: the block after as many jumps as the purpose's ordinal. */
    private synchronized RandomProviderState start(Purpose purpose) {
        while (derived <= purpose.ordinal()) {
            RestorableUniformRandomProvider start = (RestorableUniformRandomProvider) block.jump();
            starts[derived++] = start.saveState();
        }
        return starts[purpose.ordinal()];
    }

    /** The trial's index. */
    public long trial() {
        return trial;
    }

    /** A fresh generator at the start of this trial's stream for {@code purpose}. */
    public UniformRandomProvider stream(Purpose purpose) {
        return RandomStreams.restore(start(purpose));
    }
}
