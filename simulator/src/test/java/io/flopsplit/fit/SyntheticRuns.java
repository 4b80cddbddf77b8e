package io.flopsplit.fit;

import io.flopsplit.laws.ChinchillaLaw;
import io.flopsplit.laws.LawProfiles;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Training runs generated from a known law, for tests: a sweep of model sizes, each trained at
 * several tokens-per-parameter ratios, with multiplicative noise exp(σ·z) on the loss (σ in
 * log-loss, z standard normal from a seeded xoshiro256++).
 */
public final class SyntheticRuns {

    private SyntheticRuns() {
    }

    /** The Chinchilla-form law of a published profile. */
    public static ChinchillaLaw law(String profile) {
        return (ChinchillaLaw) LawProfiles.find(profile).orElseThrow().law();
    }

    /**
     * {@code sizes} model sizes log-spaced from 1e7 to 1e10 parameters, each trained at
     * {@code ratios} token counts of 2.5, 5, 10, … tokens per parameter.
     */
    public static List<Run> sweep(ChinchillaLaw law, int sizes, int ratios, double sigma, long seed) {
        UniformRandomProvider random = RandomSource.XO_SHI_RO_256_PP.create(seed);
        ZigguratSampler.NormalizedGaussian noise = ZigguratSampler.NormalizedGaussian.of(random);
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < sizes; i++) {
            double params = 1e7 * Math.pow(1e3, i / (sizes - 1.0));
            for (int j = 0; j < ratios; j++) {
                double tokens = params * 2.5 * Math.pow(2, j);
                double factor = sigma == 0 ? 1 : Math.exp(sigma * noise.sample());
                runs.add(new Run(params, tokens, law.loss(params, tokens) * factor));
            }
        }
        return runs;
    }

    /** The runs as the CSV text {@code flopsplit fit} reads. */
    public static String csv(List<Run> runs) {
        StringBuilder text = new StringBuilder("params,tokens,loss\n");
        for (Run run : runs) {
            text.append(run.params()).append(',').append(run.tokens()).append(',').append(run.loss()).append('\n');
        }
        return text.toString();
    }
}
