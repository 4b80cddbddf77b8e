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
 * exactly the same draws for the same purpose: common random numbers. Immutable and safe to share
 * between threads.
 */
public final class TrialStreams {

    private final long trial;
    private final Map<Purpose, RandomProviderState> starts = new EnumMap<>(Purpose.class);

    TrialStreams(long trial, JumpableUniformRandomProvider block) {
        this.trial = trial;
        for (Purpose purpose : Purpose.values()) {
            RestorableUniformRandomProvider start = (RestorableUniformRandomProvider) block.jump();
            starts.put(purpose, start.saveState());
        }
    }

    /** The trial's index. */
    public long trial() {
        return trial;
    }

    /** A fresh generator at the start of this trial's stream for {@code purpose}. */
    public UniformRandomProvider stream(Purpose purpose) {
        return RandomStreams.restore(starts.get(purpose));
    }
}
