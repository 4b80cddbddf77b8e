package io.flopsplit.inference;

import java.util.List;
import java.util.Optional;

/**
 * A fitted {@link Verifier}: its constants and where they come from. Three presets:
 * <ul>
 * <li>{@code snell-prm} — the Math-Shepherd-style PRM of Snell et al. 2024 (arXiv 2408.03314, §5.1),
 * fitted on the {@code snell-math} suite by BOBYQA (Commons Math) with Monte Carlo under common
 * random numbers: (d_hi, r, τ) to best-of-N weighted at N = 8, 16, 32, 128, 512 (Fig. 3/4,
 * 25.5/29/31.8/35.3/37.8%, a third-party reading, σ 1.5 points) and the exploit constants, with
 * beam search's, to the beam-search and compute-optimal curves of Fig. 3/4 and the by-difficulty
 * statements of §5.3 ({@code flopsplit calibration} shows every target and residual). Single-sample
 * AUC 0.91 on easy problems, 0.79 on the hardest.</li>
 * <li>{@code armorm} — ArmoRM-Llama3-8B-v0.1, the general reward model of Brown et al. 2024 (arXiv
 * 2407.21787, §4.1, Fig. 7), fitted on {@code math-like} at the 8B model by BOBYQA on (d_hi, τ) to
 * reward model + best-of-N ≈ 0.31 and reward model + majority vote (scores summed per answer)
 * ≈ 0.415 at k = 100, 1,000 and 10,000 (a third-party reading, σ 0.02); r and the exploit constants
 * are snell-prm's. χ² = 0.26 over six points. AUC 0.58 / 0.55: barely better than chance on MATH
 * answers, which is why its best-of-N ends below majority voting.</li>
 * <li>{@code snell-revision-orm} — the outcome reward model Snell et al. trained on their revision
 * model's outputs (App. "Revision Model Verifier Training": "We therefore, trained a separate ORM
 * verifier to use with our PaLM 2-S* revision model", because the PRM fitted on the base model's
 * outputs "was not as effective when applied to the PaLM 2-S* revision model's outputs ... likely
 * due to distribution shift"; App. "Revision Model Selection Criteria": it selects the answer
 * within and across revision chains). It scores the revision model's outputs: the default of
 * {@code revisionVerifier}, so {@code revisions} selects with it. An ORM judges final answers: no
 * exploit steps (ε_x = a_x = 0). d_hi fitted by Levenberg–Marquardt (Commons Math,
 * {@code RevisionVerifierFit} in {@code io.flopsplit.calibration}) on {@code snell-math} at the
 * revision model's ability to parallel samples with best-of-N weighted at N = 1, 2, 4, 8 (Fig. 8:
 * 18/24/29/33%, a third-party reading, σ 1.5 points; N = 1 does not depend on the verifier); r and
 * τ are snell-prm's, which three informative points do not identify (freed, τ runs to 3.0 and d_hi
 * to 5.8 along a valley for χ² 0.14). d_hi = 1.6818, residuals +0.18σ, −0.44σ, −0.31σ, +0.47σ,
 * χ² = 0.54 over the four points. Single-sample AUC 0.84 on easy problems, 0.71 on the hardest:
 * weaker than snell-prm on the base model's samples; the paper gives no reason for that, and the
 * fit says only that Fig. 8's parallel curve climbs that slowly. Not modelled: the ORM's view of
 * earlier revisions in context ("improves performance slightly"); the base model's PRM losing
 * accuracy on the revision model's outputs (the paper's reason for this ORM, Fig. 15 left): with
 * {@code revisionVerifier: snell-prm} the revisions are judged as well as the base model's samples.</li>
 * </ul>
 *
 * @param id the name users select it by
 * @param separationEasy d_hi
 * @param separationRatio r = d_lo/d_hi
 * @param answerEffect τ
 * @param exploitRate ε_x per generated step
 * @param exploitAppeal a_x
 * @param source one line: what it was fitted to
 */
public record VerifierPreset(String id, double separationEasy, double separationRatio, double answerEffect,
        double exploitRate, double exploitAppeal, String source) {

    /** The id that takes the constants from the scenario's own keys instead of a preset. */
    public static final String CUSTOM = "custom";

    public static final VerifierPreset SNELL_PRM = new VerifierPreset("snell-prm", 2.2977, 0.5674, 0.6744,
            2.0498e-4, 1.3417, "Snell et al. 2024 (arXiv 2408.03314) Fig. 3/4, fitted on snell-math");
    public static final VerifierPreset ARMORM = new VerifierPreset("armorm", 0.366, 0.5674, 0.402,
            2.0498e-4, 1.3417, "Brown et al. 2024 (arXiv 2407.21787) Fig. 7, fitted on math-like at 8B");

    public static final VerifierPreset SNELL_REVISION_ORM = new VerifierPreset("snell-revision-orm", 1.6818,
            SNELL_PRM.separationRatio(), SNELL_PRM.answerEffect(), 0, 0,
            "Snell et al. 2024 (arXiv 2408.03314) Fig. 8 parallel, fitted on snell-math at the revision model");

    /** Every preset, the default first. */
    public static final List<VerifierPreset> ALL = List.of(SNELL_PRM, ARMORM, SNELL_REVISION_ORM);

    public VerifierPreset {
        new Verifier(id, separationEasy, separationRatio, answerEffect, true, exploitRate, exploitAppeal, 1);
    }

    /** The preset with this id, if any. */
    public static Optional<VerifierPreset> find(String id) {
        return ALL.stream().filter(preset -> preset.id.equals(id)).findFirst();
    }

    /** The verifier with these constants, calibrated weights and {@code params} parameters. */
    public Verifier verifier(double params) {
        return new Verifier(id, separationEasy, separationRatio, answerEffect, true, exploitRate, exploitAppeal,
                params);
    }
}
