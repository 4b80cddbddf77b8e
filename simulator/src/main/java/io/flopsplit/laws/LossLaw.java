package io.flopsplit.laws;

import io.flopsplit.compute.Checks;
import java.util.Map;

/**
 * A published pretraining loss law L(N, D), optionally with a finite pool of U unique tokens.
 *
 * <p>Without unique tokens, every training token is taken to be fresh. With them, repeated epochs
 * are worth less than fresh data: by default the effective-data decay of Muennighoff et al. 2023
 * (arXiv 2305.16264, Eq. 5) is applied on top of the law; {@link DataConstrainedLaw} also decays
 * excess parameters, as that paper's own fit does.
 */
public sealed interface LossLaw extends LossSurface permits ChinchillaLaw, KaplanLaw, DataConstrainedLaw {

    /** The law's functional form: {@code chinchilla-form}, {@code kaplan-joint} or {@code data-constrained}. */
    String form();

    /** The law's constants by name, in the order its source lists them. */
    Map<String, Double> constants();

    /**
     * The repetition decay this law applies to a finite pool: Muennighoff et al. 2023's constants
     * unless the law has its own.
     */
    default RepetitionDecay repetitionDecay() {
        return RepetitionDecay.MUENNIGHOFF_2023;
    }

    /** Loss after {@code tokens} training tokens drawn from {@code uniqueTokens} unique ones. */
    default double loss(double params, double tokens, double uniqueTokens) {
        return loss(params, tokens, uniqueTokens, repetitionDecay());
    }

    /**
     * Loss after {@code tokens} training tokens drawn from {@code uniqueTokens} unique ones, repeated
     * data decaying with {@code decay} instead of {@link #repetitionDecay()} (for a pool whose
     * repetition constant differs, such as a filtered one).
     */
    default double loss(double params, double tokens, double uniqueTokens, RepetitionDecay decay) {
        Checks.positive("uniqueTokens", uniqueTokens);
        return loss(params, Checks.present("decay", decay).effectiveTokens(tokens, uniqueTokens));
    }

    /** This law restricted to a pool of {@code uniqueTokens} unique tokens, as a surface for the solvers. */
    default LossSurface withUniqueTokens(double uniqueTokens) {
        Checks.positive("uniqueTokens", uniqueTokens);
        LossLaw law = this;
        return (params, tokens) -> law.loss(params, tokens, uniqueTokens);
    }
}
