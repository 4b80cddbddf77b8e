package io.flopsplit.inference;

import io.flopsplit.compute.Range;
import io.flopsplit.keys.ChoiceKey;
import io.flopsplit.keys.Key;
import io.flopsplit.keys.Keys;
import io.flopsplit.keys.NumberKey;
import io.flopsplit.keys.OptionalNumberKey;
import io.flopsplit.keys.WholeKey;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings of the scoring model every verifier-based strategy shares ({@link Verifier}): which
 * preset scores the answering model's samples ({@code verifier}) and which scores its revisions
 * ({@code revisionVerifier}: Snell et al. 2024 score their revision model's outputs with an ORM
 * trained on them, not with the PRM of the base model's), the constants of a {@code custom} one (their
 * defaults are {@code snell-prm}'s), the verifier's size, and the number of steps per solution. A
 * custom constant given while neither selector is {@code custom} is an error naming both: the
 * preset's constants are a fit, not a starting point.
 */
public final class VerifierKeys {

    public static final ChoiceKey PRESET = Keys.choice("verifier",
            "The verifier and process reward model: a fitted preset (snell-prm: the PRM of Snell et al. 2024,"
                    + " fitted to their Fig. 3/4; armorm: the ArmoRM reward model of Brown et al. 2024, fitted to"
                    + " their Fig. 7; snell-revision-orm: see revisionVerifier) or custom (the verifier* and exploit*"
                    + " keys)",
            VerifierPreset.SNELL_PRM.id(), choices());
    public static final ChoiceKey REVISION_PRESET = Keys.choice("revisionVerifier",
            "Revisions: the verifier that selects among the revisions, a preset or custom (the verifier* keys);"
                    + " snell-revision-orm is the ORM Snell et al. 2024 trained on their revision model's outputs"
                    + " (fitted to their Fig. 8)",
            VerifierPreset.SNELL_REVISION_ORM.id(), choices());
    public static final NumberKey SEPARATION = Keys.number("verifierSeparation",
            "Custom verifier: d_hi, separation of right from wrong scores on problems the model always solves"
                    + " (latent sd units; the value is snell-prm's fit)",
            VerifierPreset.SNELL_PRM.separationEasy(), Range.POSITIVE);
    public static final NumberKey SEPARATION_RATIO = Keys.number("verifierSeparationRatio",
            "Custom verifier: r = d_lo/d_hi, the separation on the hardest problems relative to d_hi"
                    + " (ProcessBench: PRMs judge hard problems worse; the value is snell-prm's fit)",
            VerifierPreset.SNELL_PRM.separationRatio(), Verifier.RATIO);
    public static final NumberKey ANSWER_EFFECT = Keys.number("verifierAnswerEffect",
            "Custom verifier: tau, sd of the score effect shared by every sample with the same final answer"
                    + " (what makes selection plateau; the value is snell-prm's fit)",
            VerifierPreset.SNELL_PRM.answerEffect(), Range.NON_NEGATIVE);
    public static final ChoiceKey WEIGHTS = Keys.choice("verifierWeights",
            "Custom verifier: weights of weighted best-of-k, calibrated sigma(logit p + d x) (a value estimate,"
                    + " as the presets) or raw sigma(x) (not fitted)", "calibrated", List.of("calibrated", "raw"));
    public static final NumberKey EXPLOIT_RATE = Keys.number("exploitRate",
            "Custom verifier: chance that a generated step is a degenerate one the scorer over-rates (per step;"
                    + " the value is snell-prm's fit)", VerifierPreset.SNELL_PRM.exploitRate(), Verifier.EXPLOIT_RATE);
    public static final NumberKey EXPLOIT_APPEAL = Keys.number("exploitAppeal",
            "Custom verifier: how much the scorer over-rates an exploit line (latent sd units; the value is"
                    + " snell-prm's fit)", VerifierPreset.SNELL_PRM.exploitAppeal(), Range.NON_NEGATIVE);
    /** The size of the verifier and of the process reward model; left out, the answering model's. */
    public static final OptionalNumberKey PARAMS = new OptionalNumberKey("verifierParams",
            "Size of the verifier and process reward model (parameters); left out, as large as the answering model",
            Range.POSITIVE, 8e9);
    public static final WholeKey STEPS = Keys.whole("steps",
            "Reasoning steps per solution: beam search's depth, and the chances a sample has to hold an exploit"
                    + " (an assumption: ProcessBench solutions average 5.1-8.9 steps)", 8, 1, 100);

    /** The keys of the custom constants, each read only with {@code verifier: custom}. */
    private static final List<Key<?>> CUSTOM = List.of(SEPARATION, SEPARATION_RATIO, ANSWER_EFFECT, WEIGHTS,
            EXPLOIT_RATE, EXPLOIT_APPEAL);

    /** Every key, in the order the strategies declare them. */
    public static final List<Key<?>> ALL = List.of(PRESET, SEPARATION, SEPARATION_RATIO, ANSWER_EFFECT, WEIGHTS,
            EXPLOIT_RATE, EXPLOIT_APPEAL, PARAMS, STEPS);
    /** The keys that choose a preset or {@code custom}: the custom constants are read when one of them is custom. */
    public static final List<ChoiceKey> SELECTORS = List.of(PRESET, REVISION_PRESET);

    private VerifierKeys() {
    }

    private static List<String> choices() {
        List<String> ids = new ArrayList<>();
        VerifierPreset.ALL.forEach(preset -> ids.add(preset.id()));
        ids.add(VerifierPreset.CUSTOM);
        return ids;
    }

    /** The keys of a custom verifier's constants, read only with {@code verifier: custom}. */
    public static List<Key<?>> custom() {
        return CUSTOM;
    }

    /** The verifier size {@code parameters} give for an answering model of {@code modelParams}. */
    public static double paramsFor(StrategyParameters parameters, double modelParams) {
        return parameters.get(PARAMS).orElse(modelParams);
    }

    /**
     * The scoring model {@code parameters} select for an answering model of {@code modelParams}; a
     * custom constant set away from its default while no selector is custom is an error naming the key.
     */
    public static Verifier verifier(StrategyParameters parameters, double modelParams) {
        return verifier(parameters, modelParams, PRESET);
    }

    /** The scoring model {@code selector} (one of {@link #SELECTORS}) chooses, as {@link #verifier(StrategyParameters, double)}. */
    public static Verifier verifier(StrategyParameters parameters, double modelParams, ChoiceKey selector) {
        if (!SELECTORS.contains(selector)) {
            throw new IllegalArgumentException("selector: must be one of " + SELECTORS.stream().map(Key::name).toList()
                    + ", was " + selector.name());
        }
        String id = parameters.get(selector);
        double params = paramsFor(parameters, modelParams);
        if (id.equals(VerifierPreset.CUSTOM)) {
            return new Verifier(id, parameters.get(SEPARATION), parameters.get(SEPARATION_RATIO),
                    parameters.get(ANSWER_EFFECT), parameters.get(WEIGHTS).equals("calibrated"),
                    parameters.get(EXPLOIT_RATE), parameters.get(EXPLOIT_APPEAL), params);
        }
        boolean customRead = false;
        for (ChoiceKey key : SELECTORS) {
            customRead |= parameters.get(key).equals(VerifierPreset.CUSTOM);
        }
        for (int i = 0; i < CUSTOM.size() && !customRead; i++) {
            Key<?> key = CUSTOM.get(i);
            if (!parameters.get(key).equals(key.defaultValue())) {
                throw new IllegalArgumentException(key.name() + " (" + key.optionName() + "): is read only with "
                        + selector.name() + ": custom; the preset " + id + " fixes it (set " + selector.name()
                        + " to custom to use it)");
            }
        }
        return VerifierPreset.find(id).orElseThrow().verifier(params);
    }

    /** The solution's steps {@code parameters} give. */
    public static int steps(StrategyParameters parameters) {
        return Math.toIntExact(parameters.get(STEPS));
    }
}
