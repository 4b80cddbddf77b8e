package io.flopsplit.laws;

import io.flopsplit.compute.Checks;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The data-constrained law of Muennighoff et al. 2023 (arXiv 2305.16264, Eq. 5 and App. A):
 * L = E + A/N'^α + B/D'^β, a Chinchilla-form law evaluated at effective data D' and effective
 * parameters N' (see {@link RepetitionDecay}). Parameters beyond N_opt(U), the compute-optimal size
 * for the U unique tokens under the law's own constants, decay like repeated data.
 *
 * <p>With unlimited unique data it is the Chinchilla form with its own constants.
 *
 * @param base the Chinchilla-form constants
 * @param decay the repetition constants R_D* and R_N*
 */
public record DataConstrainedLaw(ChinchillaLaw base, RepetitionDecay decay) implements LossLaw {

    public DataConstrainedLaw {
        Checks.present("base", base);
        Checks.present("decay", decay);
    }

    @Override
    public double loss(double params, double tokens) {
        return base.loss(params, tokens);
    }

    @Override
    public double lossWithUnlimitedTokens(double params) {
        return base.lossWithUnlimitedTokens(params);
    }

    @Override
    public double irreducibleLoss() {
        return base.irreducibleLoss();
    }

    @Override
    public RepetitionDecay repetitionDecay() {
        return decay;
    }

    @Override
    public double loss(double params, double tokens, double uniqueTokens, RepetitionDecay repetition) {
        Checks.positive("params", params);
        Checks.present("repetition", repetition);
        double usableParams = Math.min(params, base.computeOptimalParamsForTokens(uniqueTokens));
        double effectiveParams = repetition.effectiveParams(params, usableParams);
        double effectiveTokens = repetition.effectiveTokens(tokens, uniqueTokens);
        return base.loss(effectiveParams, effectiveTokens);
    }

    @Override
    public String form() {
        return "data-constrained";
    }

    @Override
    public Map<String, Double> constants() {
        Map<String, Double> constants = new LinkedHashMap<>(base.constants());
        constants.put("RDstar", decay.tokensHalfLife());
        constants.put("RNstar", decay.paramsHalfLife());
        return constants;
    }
}
