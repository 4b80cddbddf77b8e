package io.flopsplit.random;

import java.util.EnumMap;
import java.util.Map;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.RandomProviderState;
import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The random streams of one trial, one per {@link Purpose}. Each call to {@link #stream} returns a
 * new generator at the start of that purpose's stream, so every policy played in the trial sees
 * exactly the same draws for the same purpose: common random numbers. The purposes' starts are
 * derived from the trial's block on first use (one jump each), by whichever thread plays the trial,
 * so the thread that hands trials out does only one long jump per trial. Safe to share between
 * threads.
 */
public final class TrialStreams {

    private final long trial;
    private JumpableUniformRandomProvider block;
    private Map<Purpose, RandomProviderState> starts;

    TrialStreams(long trial, JumpableUniformRandomProvider block) {
        this.trial = trial;
        this.block = block;
    }

    private synchronized Map<Purpose, RandomProviderState> starts() {
        if (starts == null) {
            Map<Purpose, RandomProviderState> derived = new EnumMap<>(Purpose.class);
            for (Purpose purpose : Purpose.values()) {
                RestorableUniformRandomProvider start = (RestorableUniformRandomProvider) block.jump();
                derived.put(purpose, start.saveState());
            }
            starts = derived;
            block = null;
        }
        return starts;
    }

    /** The trial's index. */
    public long trial() {
        return trial;
    }

    /** A fresh generator at the start of this trial's stream for {@code purpose}. */
    public UniformRandomProvider stream(Purpose purpose) {
        return RandomStreams.restore(starts().get(purpose));
    }
}
