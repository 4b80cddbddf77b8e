package io.flopsplit.inference;

import io.flopsplit.compute.Checks;
import io.flopsplit.memo.Memo;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The success tables of one model at the budget nodes of {@link BudgetGrid} up to {@code largest}:
 * how to build the table at a node, and the canonical key that names it wherever it is remembered
 * or shipped ({@link ShippedTables}). The key holds everything a table's values depend on:
 * <ul>
 * <li>the key format, {@value #FORMAT}, raised when a table's computation changes in a way that
 * none of the parts below shows (the test of the shipped tables catches a forgotten raise);</li>
 * <li>the method: the computation's name and its own constants (quadrature points, thresholds);</li>
 * <li>the model: a record of every constant of the strategy and suite that success depends on,
 * written component by component ({@link CanonicalText});</li>
 * <li>the grid of logit p with its Monte-Carlo reps, and the master seed {@link SuccessTable#SEED};</li>
 * <li>the node k ({@link #key(int)}).</li>
 * </ul>
 */
final class TableFamily {

    /** The version of the key and of the shipped tables' format. */
    static final int FORMAT = 1;

    /**
     * The keys of the families made, by (method, model, grid): a strategy makes its family with every
     * plan (the oracle's search, thousands a trial), and the canonical text reads every component by
     * reflection.
     */
    private static final Memo<List<Object>, String> KEYS = new Memo<>(256);

    private final String key;
    private final SuccessTable.Grid grid;
    private final int largest;
    private final IntFunction<SuccessTable> builder;

    /**
     * @param method the computation and its own constants, as canonical text
     * @param model every constant success depends on: a record of values
     * @param grid the grid every table is built on
     * @param largest the strategy's largest k, the last node
     * @param builder builds the table at a node k
     */
    TableFamily(String method, Record model, SuccessTable.Grid grid, int largest, IntFunction<SuccessTable> builder) {
        this(KEYS.get(List.of(Checks.present("method", method), Checks.present("model", model),
                Checks.present("grid", grid)), parts -> "format=" + FORMAT + ";method=" + method + ";model="
                        + CanonicalText.of(model) + ";grid=" + CanonicalText.of(grid) + ";seed=" + SuccessTable.SEED),
                grid, largest, builder);
    }

    private TableFamily(String key, SuccessTable.Grid grid, int largest, IntFunction<SuccessTable> builder) {
        if (largest < 1) {
            throw new IllegalArgumentException("largest: must be >= 1, was " + largest);
        }
        this.key = key;
        this.grid = grid;
        this.largest = largest;
        this.builder = Checks.present("builder", builder);
    }

    /** The same family (the same keys) built by {@code other}: for checks of where tables come from. */
    TableFamily builtBy(IntFunction<SuccessTable> other) {
        return new TableFamily(key, grid, largest, other);
    }

    /** The key of every table of this family but its node. */
    String key() {
        return key;
    }

    /** The key of the table at node k. */
    String key(int k) {
        return key + ";k=" + k;
    }

    SuccessTable.Grid grid() {
        return grid;
    }

    int largest() {
        return largest;
    }

    /** The budget nodes of this family, in increasing order. */
    List<Integer> nodes() {
        return BudgetGrid.nodes(largest);
    }

    /** The table at node k, computed now (neither remembered nor looked up). */
    SuccessTable build(int k) {
        if (!BudgetGrid.isNode(k, largest)) {
            throw new IllegalArgumentException("k: must be a budget node up to " + largest + ", was " + k);
        }
        SuccessTable table = builder.apply(k);
        if (!table.grid().equals(grid)) {
            throw new IllegalStateException(key(k) + ": built on " + table.grid() + ", not on its family's grid");
        }
        return table;
    }

    @Override
    public String toString() {
        return key;
    }
}
