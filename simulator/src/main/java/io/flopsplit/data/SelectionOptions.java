package io.flopsplit.data;

import io.flopsplit.compute.Checks;
import io.flopsplit.compute.NumberText;
import io.flopsplit.compute.Range;
import io.flopsplit.keys.ChoiceKey;
import io.flopsplit.keys.Keys;
import io.flopsplit.keys.NumberKey;
import io.flopsplit.keys.OptionalNumberKey;
import io.flopsplit.keys.RetiredKey;
import java.util.Arrays;
import java.util.List;

/**
 * How data selection is done when a policy selects: a proxy model of {@code proxyParams}
 * parameters scores the whole pool by {@code method} at {@code flopsPerParamToken}·N_proxy FLOPs per
 * token and the best {@code keptFraction} is kept. Each kept token is worth m(f; a(r)) pool tokens
 * ({@link QualityMultiplier}: noisy-proxy selection whose signal falls with the trained:selector
 * size ratio r), and the kept pool's repetition constant is R_D*·m^κ ({@link TrainingData}).
 * Every constant is a key below, with its unit, range and source.
 *
 * @param method how the pool is scored; sets the defaults of the cost and the signal
 * @param proxyParams proxy model size (parameters)
 * @param flopsPerParamToken FLOPs per proxy parameter per scored token
 * @param keptFraction share of the pool kept, in (0, 1]
 * @param quality the signal S and its size-ratio decay η
 * @param repetitionQualityExponent κ, how the kept pool's repetition constant scales with its quality
 */
public record SelectionOptions(SelectionMethod method, double proxyParams, double flopsPerParamToken,
                               double keptFraction, QualityMultiplier quality, double repetitionQualityExponent) {

    public static final ChoiceKey METHOD = Keys.choice("method",
            "How the proxy model scores the pool: perplexity (one forward pass per token) or gradient features"
                    + " (LESS, DsDm: a forward and a backward pass); sets the defaults of flopsPerParamToken and"
                    + " signal", SelectionMethod.PERPLEXITY.id(), SelectionMethod.ids());
    public static final NumberKey PROXY_PARAMS = Keys.number("proxyParams",
            "Size of the proxy model that scores the pool (parameters); 125M as Ankner et al. 2024", 125e6,
            Range.POSITIVE);
    public static final OptionalNumberKey FLOPS_PER_PARAM_TOKEN = new OptionalNumberKey("flopsPerParamToken",
            "FLOPs per proxy parameter per scored token; left out, the method's: " + perMethod(true)
                    + " (Yin and Rush 2024, arXiv 2410.16208; LESS's warm-up and several checkpoints may cost"
                    + " more)", Range.POSITIVE, SelectionMethod.PERPLEXITY.flopsPerParamToken());
    public static final NumberKey KEPT_FRACTION = Keys.number("keptFraction", "Share of the pool kept", 0.3,
            Range.closed(1e-9, 1));
    public static final OptionalNumberKey SIGNAL = new OptionalNumberKey("signal",
            "Selection signal a = rho*sigma at a trained:selector size ratio <= 1, in standard deviations of the"
                    + " log-worth of documents: kept tokens are worth Phi(a - z)/keptFraction pool tokens, z ="
                    + " Phi^-1(1 - keptFraction). Left out, the method's fit: " + perMethod(false)
                    + " (weighted least squares to Ankner et al. 2024, arXiv 2405.20541: m = 1.45 at f = 0.5,"
                    + " r = 24; Yin and Rush 2024, arXiv 2410.16208: break-even ratios 5x and 10x; DataDecide"
                    + " 2025)", Range.closed(0, 3), SelectionMethod.PERPLEXITY.signal());
    public static final NumberKey SIGNAL_DECAY = Keys.number("signalDecay",
            "Exponent eta of the trained:selector size ratio r: a = signal * max(r, 1)^-eta, so a selector far"
                    + " smaller than the trained model keeps less signal (dimensionless); fitted to DataDecide"
                    + " (Magnusson et al. 2025, arXiv 2504.11393: a 150M model ranks as a 1B one in ~80% of"
                    + " pairs, rho 0.81 at r = 6.7); 0 makes the selector's size irrelevant", 0.109,
            Range.closed(0, 1));
    public static final NumberKey REPETITION_QUALITY_EXPONENT = Keys.number("repetitionQualityExponent",
            "Exponent kappa of the kept pool's repetition constant R_D* * m^kappa (m the kept tokens' worth;"
                    + " dimensionless): > 0 keeps better data useful over more epochs. Fitted to the released"
                    + " constants of Goyal et al. 2024, arXiv 2404.07177 (their law has the top-10% pool overtaken"
                    + " by the top-20% after 7.85 passes); their half-lives give 0.6 to 2.4; 0 is Muennighoff's"
                    + " decay for every pool", 0.513, Range.closed(-1, 3));
    public static final RetiredKey GAMMA = new RetiredKey("gamma", "the kept tokens' worth is now the"
            + " noisy-proxy model Phi(a - z)/keptFraction: set signal (and signalDecay) instead");
    public static final RetiredKey MAX_MULTIPLIER = new RetiredKey("maxMultiplier", "the noisy-proxy model"
            + " needs no cap (its worth is at most 1/keptFraction): set signal (and signalDecay) instead");

    /** The keys of {@code data.selection}, in the order a scenario writes them. */
    public static final List<io.flopsplit.keys.Key<?>> KEYS = List.of(METHOD, PROXY_PARAMS, FLOPS_PER_PARAM_TOKEN,
            KEPT_FRACTION, SIGNAL, SIGNAL_DECAY, REPETITION_QUALITY_EXPONENT);

    public SelectionOptions {
        Checks.present("method", method);
        PROXY_PARAMS.check(proxyParams);
        FLOPS_PER_PARAM_TOKEN.range().check(FLOPS_PER_PARAM_TOKEN.name(), flopsPerParamToken);
        KEPT_FRACTION.check(keptFraction);
        Checks.present("quality", quality);
        REPETITION_QUALITY_EXPONENT.check(repetitionQualityExponent);
    }

    /** Selection by {@code method} with every other setting at its default. */
    public static SelectionOptions defaults(SelectionMethod method) {
        return new SelectionOptions(method, PROXY_PARAMS.defaultValue(), method.flopsPerParamToken(),
                KEPT_FRACTION.defaultValue(), new QualityMultiplier(method.signal(), SIGNAL_DECAY.defaultValue()),
                REPETITION_QUALITY_EXPONENT.defaultValue());
    }

    /** The selection of {@code pool} these options describe. */
    public DataSelection of(DataPool pool) {
        return new DataSelection(pool, new ProxyScorer(proxyParams, flopsPerParamToken), keptFraction, quality,
                repetitionQualityExponent);
    }

    /** Each method's cost (or signal) for a key's description: {@code 2 for perplexity, 6 for gradient}. */
    private static String perMethod(boolean cost) {
        return String.join(", ", Arrays.stream(SelectionMethod.values()).map(m -> NumberText.exact(
                cost ? m.flopsPerParamToken() : m.signal()) + " for " + m.id()).toList());
    }
}
