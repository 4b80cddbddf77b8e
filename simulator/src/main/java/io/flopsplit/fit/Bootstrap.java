package io.flopsplit.fit;

import io.flopsplit.laws.ChinchillaLaw;
import io.flopsplit.random.Purpose;
import io.flopsplit.random.RandomStreams;
import io.flopsplit.random.TrialStreams;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The nonparametric bootstrap of the fit (Efron 1979): each resample draws as many runs as there
 * are, with replacement, and is refitted from the fit to all runs, as the Epoch replication
 * (Besiroglu et al. 2024, arXiv 2404.10102) does. Resample r draws from its own random stream,
 * trial r of {@link RandomStreams} for the seed, derived in order by one thread; resamples are fitted
 * in parallel and returned in order, so the replicates do not depend on the thread count.
 */
final class Bootstrap {

    private Bootstrap() {
    }

    /**
     * The refitted law of each resample, in resample order; empty where a resample cannot identify
     * the constants, the optimiser did not converge, or the constants make no valid law.
     */
    static List<Optional<ChinchillaLaw>> replicates(List<Run> runs, FitSettings settings, LogConstants from,
                                                    Workers workers) {
        RandomStreams master = new RandomStreams(settings.seed());
        List<TrialStreams> streams = new ArrayList<>(settings.resamples());
        for (int r = 0; r < settings.resamples(); r++) {
            streams.add(master.next());
        }
        return workers.map(settings.resamples(),
                r -> refit(resample(runs, streams.get(r).stream(Purpose.RESAMPLING)), settings.delta(), from));
    }

    /** As many runs as there are, drawn uniformly with replacement. */
    static List<Run> resample(List<Run> runs, UniformRandomProvider random) {
        List<Run> drawn = new ArrayList<>(runs.size());
        for (int i = 0; i < runs.size(); i++) {
            drawn.add(runs.get(random.nextInt(runs.size())));
        }
        return drawn;
    }

    private static Optional<ChinchillaLaw> refit(List<Run> sample, double delta, LogConstants from) {
        if (Identification.structuralProblem(sample).isPresent()) {
            return Optional.empty();
        }
        return HuberFit.from(new HuberObjective(sample, delta), from).flatMap(optimum -> {
            try {
                return Optional.of(optimum.constants().law());
            } catch (IllegalArgumentException invalid) {
                return Optional.empty();
            }
        });
    }
}
