package io.flopsplit.scenario;

import io.flopsplit.data.DataPool;
import io.flopsplit.data.QualityMultiplier;
import io.flopsplit.data.SelectionOptions;
import io.flopsplit.keys.Keys;
import io.flopsplit.keys.NumberKey;
import io.flopsplit.keys.OptionalNumberKey;
import io.flopsplit.keys.Range;
import io.flopsplit.keys.Section;
import io.flopsplit.keys.Written;
import io.flopsplit.yaml.Fields;
import java.util.List;

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
            List.of(SelectionOptions.PROXY_PARAMS, SelectionOptions.FLOPS_PER_PARAM_TOKEN,
                    SelectionOptions.KEPT_FRACTION, SelectionOptions.GAMMA, SelectionOptions.MAX_MULTIPLIER));
    public static final Section SECTION = new Section("data", "The data pool and how it is selected",
            List.of(POOL_TOKENS, UNIQUE_TOKENS), List.of(SELECTION));
    public static final DataSection DEFAULTS = read(Fields.empty());

    static DataSection read(Fields fields) {
        double tokens = POOL_TOKENS.read(fields);
        double unique = UNIQUE_TOKENS.read(fields).orElse(tokens);
        DataPool pool = fields.locate(() -> new DataPool(tokens, unique));
        Fields selection = fields.section(SELECTION.name());
        SelectionOptions options = selection.locate(() -> new SelectionOptions(
                SelectionOptions.PROXY_PARAMS.read(selection), SelectionOptions.FLOPS_PER_PARAM_TOKEN.read(selection),
                SelectionOptions.KEPT_FRACTION.read(selection), new QualityMultiplier(
                        SelectionOptions.GAMMA.read(selection), SelectionOptions.MAX_MULTIPLIER.read(selection))));
        selection.finish();
        fields.finish();
        return new DataSection(pool, options);
    }

    /**
     * The keys that differ from {@code defaults}: both pool keys whenever the pool differs (a left-out
     * {@code uniqueTokens} means "all of poolTokens", not its default), and the selection keys that differ.
     */
    Written changesFrom(DataSection defaults) {
        Written changes = new Written();
        if (!pool.equals(defaults.pool())) {
            changes.put(POOL_TOKENS, pool.tokens()).put(UNIQUE_TOKENS, java.util.OptionalDouble.of(pool.uniqueTokens()));
        }
        Written selected = selectionKeys().minus(defaults.selectionKeys());
        return selected.isEmpty() ? changes : changes.section(SELECTION.name(), selected);
    }

    Written write() {
        return new Written().put(POOL_TOKENS, pool.tokens())
                .put(UNIQUE_TOKENS, java.util.OptionalDouble.of(pool.uniqueTokens()))
                .section(SELECTION.name(), selectionKeys());
    }

    private Written selectionKeys() {
        return new Written().put(SelectionOptions.PROXY_PARAMS, selection.proxyParams())
                .put(SelectionOptions.FLOPS_PER_PARAM_TOKEN, selection.flopsPerParamToken())
                .put(SelectionOptions.KEPT_FRACTION, selection.keptFraction())
                .put(SelectionOptions.GAMMA, selection.quality().gamma())
                .put(SelectionOptions.MAX_MULTIPLIER, selection.quality().maxMultiplier());
    }
}
