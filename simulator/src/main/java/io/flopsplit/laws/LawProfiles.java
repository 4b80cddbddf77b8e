package io.flopsplit.laws;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of published law profiles, each with the constants exactly as its source gives
 * them, and the parser for user-given Chinchilla-form constants.
 */
public final class LawProfiles {

    private static final Citation HOFFMANN = new Citation("Hoffmann et al.", 2022,
            "Training Compute-Optimal Large Language Models", "2203.15556", "");

    private static final Map<String, LawProfile> PROFILES = new LinkedHashMap<>();

    static {
        register("chinchilla", new ChinchillaLaw(1.69, 406.4, 410.7, 0.34, 0.28),
                cite(HOFFMANN, "App. D.2 (Approach 3), constants rounded as published"));
        register("chinchilla-unrounded",
                new ChinchillaLaw(Math.exp(0.5267228), Math.exp(6.0073404), Math.exp(6.0179186),
                        0.33917084, 0.2849083),
                cite(HOFFMANN, "App. D.2, unrounded fit as used by the Epoch replication's code"));
        register("chinchilla-sardana", new ChinchillaLaw(1.69, 406.4, 410.7, 0.336, 0.283),
                new Citation("Sardana et al.", 2024,
                        "Beyond Chinchilla-Optimal: Accounting for Inference in Language Model Scaling Laws",
                        "2401.00448", "constants of the authors' code"));
        register("epoch", new ChinchillaLaw(1.8172, 482.01, 2085.43, 0.3478, 0.3658),
                new Citation("Besiroglu et al.", 2024, "Chinchilla Scaling: A replication attempt",
                        "2404.10102", "refit of Hoffmann et al.'s Approach 3"));
        register("kaplan", new KaplanLaw(0.076, 0.103, 6.4e13, 1.8e13),
                new Citation("Kaplan et al.", 2020, "Scaling Laws for Neural Language Models",
                        "2001.08361", "Eq. 1.5 and Table 2 (N = non-embedding parameters)"));
        register("muennighoff",
                new DataConstrainedLaw(
                        new ChinchillaLaw(Math.exp(0.6254804), Math.exp(6.255414), Math.exp(7.3049974),
                                0.3526596, 0.3526596),
                        RepetitionDecay.MUENNIGHOFF_2023),
                new Citation("Muennighoff et al.", 2023, "Scaling Data-Constrained Language Models",
                        "2305.16264", "Eq. 5, constants fitted in the authors' repository"));
    }

    private LawProfiles() {
    }

    private static Citation cite(Citation paper, String where) {
        return new Citation(paper.authors(), paper.year(), paper.title(), paper.arxiv(), where);
    }

    private static void register(String id, LossLaw law, Citation source) {
        PROFILES.put(id, new LawProfile(id, law, source));
    }

    /** Every published profile, in a fixed order. */
    public static List<LawProfile> all() {
        return List.copyOf(PROFILES.values());
    }

    /** What custom Chinchilla-form constants start with: {@code custom:E=..,A=..,B=..,alpha=..,beta=..}. */
    public static final String CUSTOM_PREFIX = CustomLaw.PREFIX;

    /** The published profile with this id, if there is one. */
    public static Optional<LawProfile> find(String id) {
        return Optional.ofNullable(PROFILES.get(id));
    }

    /**
     * Resolves a law by profile id, or by custom Chinchilla-form constants written
     * {@code custom:E=1.69,A=406.4,B=410.7,alpha=0.34,beta=0.28}.
     *
     * @throws IllegalArgumentException naming the known ids, or the bad constant
     */
    public static LawProfile resolve(String spec) {
        if (spec.startsWith(CustomLaw.PREFIX)) {
            return CustomLaw.parse(spec);
        }
        return find(spec).orElseThrow(() -> new IllegalArgumentException(
                "unknown law '" + spec + "'; known: " + String.join(", ", PROFILES.keySet())
                        + ", or " + CustomLaw.PREFIX + "E=..,A=..,B=..,alpha=..,beta=.."));
    }
}
