package io.flopsplit.inference;

import java.util.Arrays;
import java.util.List;

/**
 * How {@link Adaptive} learns a query's difficulty before choosing how to answer it (Snell et al.
 * 2024, arXiv 2408.03314, §3.2, who bin questions either by "oracle" difficulty, the pass@1 of 2048
 * samples checked against the ground truth, or by "model-predicted" difficulty, the verifier's
 * final-answer score averaged over samples; neither cost is counted there).
 */
public enum DifficultyEstimate {

    /** Probe samples scored by the verifier, charged to the query ({@link ProbeScores}). */
    PROBES("probes", "difficultyProbes samples scored by the verifier, their FLOPs charged to the query"
            + " (Snell et al.'s model-predicted difficulty, paid for)"),
    /** The true difficulty, for free: not deployable, a bound on what any estimate can reach. */
    ORACLE("oracle", "upper bound: knows each query's true difficulty, at no cost (Snell et al.'s oracle"
            + " difficulty; not deployable: test-time and match only, refused in scenarios)");

    private final String id;
    private final String description;

    DifficultyEstimate(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The word scenarios and options use. */
    public String id() {
        return id;
    }

    /** What it means, for keys and outputs. */
    public String description() {
        return description;
    }

    /**
     * Why a scenario may not set the oracle estimate: its policies would deploy a bound that knows
     * each query's difficulty for free, and win as if it were a policy.
     */
    public static final String NOT_DEPLOYABLE = "oracle is the upper bound that knows each query's difficulty for"
            + " free: it is for test-time and match (--difficulty-estimate oracle), not for the policies a scenario"
            + " deploys; use probes";

    /** Whether a policy may deploy the estimate called {@code id} (every one but the oracle's bound). */
    public static boolean deployable(String id) {
        return !ORACLE.id.equals(id);
    }

    /** The ids a policy may deploy, in order. */
    static List<String> deployableIds() {
        return ids().stream().filter(DifficultyEstimate::deployable).toList();
    }

    /** Every id, in order. */
    static List<String> ids() {
        return Arrays.stream(values()).map(DifficultyEstimate::id).toList();
    }

    /** The estimate called {@code id}. */
    static DifficultyEstimate of(String id) {
        return Arrays.stream(values()).filter(estimate -> estimate.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("difficultyEstimate: must be one of " + ids()
                        + ", was " + id));
    }
}
