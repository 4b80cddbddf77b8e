package io.flopsplit.scenario;

import io.flopsplit.compute.Range;
import io.flopsplit.keys.Keys;
import io.flopsplit.keys.NumberKey;
import io.flopsplit.keys.Section;
import io.flopsplit.keys.Written;
import io.flopsplit.yaml.Fields;
import java.util.List;

/**
 * The scenario's {@code budget} section: the FLOPs to split.
 *
 * @param totalFlops the total budget C
 */
public record BudgetSection(double totalFlops) {

    public static final NumberKey TOTAL = Keys.number("total",
            "FLOPs to split between data selection, pretraining and inference", 1e23, Range.POSITIVE);
    public static final Section SECTION = Section.of("budget", "The compute budget", List.of(TOTAL));
    public static final BudgetSection DEFAULTS = read(Fields.empty());

    public BudgetSection {
        TOTAL.check(totalFlops);
    }

    static BudgetSection read(Fields fields) {
        BudgetSection section = new BudgetSection(TOTAL.read(fields));
        fields.finish();
        return section;
    }

    Written write() {
        return new Written().put(TOTAL, totalFlops);
    }
}
