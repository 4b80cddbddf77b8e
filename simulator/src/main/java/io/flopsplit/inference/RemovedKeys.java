package io.flopsplit.inference;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Strategy settings that older scenarios and command lines used and the calibrated models replaced,
 * each with what replaces it. They are refused rather than converted: an old AUC or a constant
 * difficulty noise meant a different model (a constant separation without answer effects; a
 * difficulty estimate that costs nothing), so no conversion keeps its meaning.
 */
public final class RemovedKeys {

    private static final Map<String, String> REPLACEMENTS = new LinkedHashMap<>();

    static {
        REPLACEMENTS.put("verifierAuc", "the verifier is now a fitted scoring model: choose verifier (snell-prm, armorm),"
                + " or verifier: custom with verifierSeparation, verifierSeparationRatio and verifierAnswerEffect");
        String revisions = "revisions are now fitted chains of fresh attempts: revisionKeep (the chance a revision keeps"
                + " its answer) and revisionGain (the logit gain of a fresh attempt), with revisionChains and"
                + " revisionSelection";
        REPLACEMENTS.put("prmAuc", "beam search now scores steps with the verifier's scoring model (verifier) at a"
                + " separation falling with the step's difficulty: beamStepSeparation, beamSeparationExponent and"
                + " beamStepConcentration");
        REPLACEMENTS.put("fixRate", revisions);
        REPLACEMENTS.put("breakRate", revisions);
        REPLACEMENTS.put("difficultyNoise", "adaptive's difficulty estimate now costs FLOPs and its noise follows from"
                + " it: difficultyProbes samples scored by the verifier and charged to each query"
                + " (difficultyEstimate: probes); test-time and match also offer difficultyEstimate: oracle, the"
                + " upper bound that knows each query's true difficulty");
    }

    private RemovedKeys() {
    }

    /** Every removed key with what replaces it, in a fixed order. */
    public static Map<String, String> all() {
        return Collections.unmodifiableMap(REPLACEMENTS);
    }

    /** The message for a removed key: what it was replaced by. */
    public static String message(String key) {
        return "was removed; " + REPLACEMENTS.get(key);
    }
}
