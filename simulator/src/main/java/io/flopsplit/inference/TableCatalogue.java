package io.flopsplit.inference;

import io.flopsplit.keys.ChoiceKey;
import io.flopsplit.tasks.SuitePresets;
import io.flopsplit.tasks.TaskSuite;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table families the release ships ({@link ShippedTables}): for every registered strategy that
 * reads its success from node tables ({@link Tabulated}), made with the default parameters and once
 * with each {@link VerifierPreset} if it takes a verifier, on the distractors of every suite preset;
 * each family once (suites with the same distractors share it). Other constants, and custom suites,
 * build their tables at run time.
 */
final class TableCatalogue {

    /** The answering model's size the strategies are made for: tables do not depend on it. */
    private static final double MODEL_PARAMS = 8e9;

    private TableCatalogue() {
    }

    /** Every family the release ships, in a fixed order. */
    static List<TableFamily> families() {
        Map<String, TableFamily> families = new LinkedHashMap<>();
        for (StrategyType type : Strategies.types()) {
            for (StrategyParameters parameters : variants(type)) {
                if (type.create(parameters, MODEL_PARAMS) instanceof Tabulated strategy) {
                    for (TaskSuite suite : SuitePresets.all()) {
                        TableFamily family = strategy.tables(suite.distractors());
                        families.putIfAbsent(family.key(), family);
                    }
                }
            }
        }
        return List.copyOf(families.values());
    }

    /** The defaults, and each other verifier preset in each verifier selector the strategy takes. */
    private static List<StrategyParameters> variants(StrategyType type) {
        StrategyParameters defaults = StrategyParameters.defaults();
        List<StrategyParameters> variants = new ArrayList<>(List.of(defaults));
        for (ChoiceKey selector : VerifierKeys.SELECTORS) {
            if (type.parameters().contains(selector)) {
                for (VerifierPreset preset : VerifierPreset.ALL) {
                    if (!preset.id().equals(selector.defaultValue())) {
                        variants.add(defaults.with(selector, preset.id()));
                    }
                }
            }
        }
        return variants;
    }
}
