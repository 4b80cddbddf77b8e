package io.flopsplit.scenario;

import io.flopsplit.compute.Range;
import io.flopsplit.data.DataPool;
import io.flopsplit.data.QualityMultiplier;
import io.flopsplit.data.SelectionMethod;
import io.flopsplit.data.SelectionOptions;
import io.flopsplit.keys.Keys;
import io.flopsplit.keys.NumberKey;
import io.flopsplit.keys.OptionalNumberKey;
import io.flopsplit.keys.Section;
import io.flopsplit.keys.Written;
import io.flopsplit.yaml.Fields;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The scenario's {@code data} section: the candidate pool and, in {@code data.selection}, how data
 * selection works for the policies that select (its keys are declared on {@link SelectionOptions}).
 *
 * @param pool the candidate pool
 * @param selection how data selection works
 */
public record DataSection(DataPool pool, SelectionOptions selection) {

    public static final NumberKey POOL_TOKENS = Keys.number("poolTokens", "Tokens in the candidate pool", 1e13,
            Range.atLeast(1));
    public static final OptionalNumberKey UNIQUE_TOKENS = new OptionalNumberKey("uniqueTokens",
            "Unique tokens among them; repeats are worth less (Muennighoff et al. 2023); left out, every pool"
                    + " token is unique", Range.atLeast(1), 3e11);
    static final Section SELECTION = Section.of("selection", "How data selection works, for policies that select",
            SelectionOptions.KEYS);
    public static final Section SECTION = new Section("data", "The data pool and how it is selected",
            List.of(POOL_TOKENS, UNIQUE_TOKENS), List.of(SELECTION));
    public static final DataSection DEFAULTS = read(Fields.empty());

    static DataSection read(Fields fields) {
        double tokens = POOL_TOKENS.read(fields);
        double unique = UNIQUE_TOKENS.read(fields).orElse(tokens);
        DataPool pool = fields.locate(() -> new DataPool(tokens, unique));
        Fields selection = fields.section(SELECTION.name());
        SelectionOptions options = selection(selection);
        selection.finish();
        fields.finish();
        return new DataSection(pool, options);
    }

    /** {@code data.selection}: the method sets the defaults of the scoring cost and the signal. */
    private static SelectionOptions selection(Fields selection) {
        SelectionOptions.GAMMA.refuse(selection);
        SelectionOptions.MAX_MULTIPLIER.refuse(selection);
        SelectionMethod method = SelectionMethod.of(SelectionOptions.METHOD.read(selection));
        double proxyParams = SelectionOptions.PROXY_PARAMS.read(selection);
        double cost = SelectionOptions.FLOPS_PER_PARAM_TOKEN.read(selection).orElse(method.flopsPerParamToken());
        double keptFraction = SelectionOptions.KEPT_FRACTION.read(selection);
        double signal = SelectionOptions.SIGNAL.read(selection).orElse(method.signal());
        double decay = SelectionOptions.SIGNAL_DECAY.read(selection);
        double exponent = SelectionOptions.REPETITION_QUALITY_EXPONENT.read(selection);
        return selection.locate(() -> new SelectionOptions(method, proxyParams, cost, keptFraction,
                new QualityMultiplier(signal, decay), exponent));
    }

    /**
     * The keys that differ from {@code defaults}: both pool keys whenever the pool differs (a left-out
     * {@code uniqueTokens} means "all of poolTokens", not its default), and the selection keys that differ.
     */
    Written changesFrom(DataSection defaults) {
        Written changes = new Written();
        if (!pool.equals(defaults.pool())) {
            changes.put(POOL_TOKENS, pool.tokens()).put(UNIQUE_TOKENS, OptionalDouble.of(pool.uniqueTokens()));
        }
        Written selected = selectionKeys().minus(defaults.selectionKeys());
        return selected.isEmpty() ? changes : changes.section(SELECTION.name(), selected);
    }

    Written write() {
        return new Written().put(POOL_TOKENS, pool.tokens())
                .put(UNIQUE_TOKENS, OptionalDouble.of(pool.uniqueTokens()))
                .section(SELECTION.name(), selectionKeys());
    }

    private Written selectionKeys() {
        return new Written().put(SelectionOptions.METHOD, selection.method().id())
                .put(SelectionOptions.PROXY_PARAMS, selection.proxyParams())
                .put(SelectionOptions.FLOPS_PER_PARAM_TOKEN, OptionalDouble.of(selection.flopsPerParamToken()))
                .put(SelectionOptions.KEPT_FRACTION, selection.keptFraction())
                .put(SelectionOptions.SIGNAL, OptionalDouble.of(selection.quality().signal()))
                .put(SelectionOptions.SIGNAL_DECAY, selection.quality().signalDecay())
                .put(SelectionOptions.REPETITION_QUALITY_EXPONENT, selection.repetitionQualityExponent());
    }
}
