package io.flopsplit.inference;

import io.flopsplit.memo.Memo;
import java.util.function.IntFunction;

/**
 * The budgets k at which Monte-Carlo success tables are built, and the interpolation between them:
 * every k up to {@value #EVERY_UP_TO}, then k_j = round({@value #EVERY_UP_TO}·2^(j/2)) — a factor √2
 * apart — up to a strategy's largest k (itself a node). A budget between two nodes a &lt; k &lt; b
 * takes s_k = (1 − t)·s_a + t·s_b with t = ln(k/a)/ln(b/a): success is smooth in ln k, and tables
 * are built with common random numbers, so the mixture carries no extra noise. The error of this
 * interpolation is tested against tables built at the exact k. Node tables are built on first use,
 * in parallel over their nodes, and remembered ({@link Memo}) per (model, node): a run that asks for
 * many budgets (an oracle searching model sizes) builds at most 2·log2(k_max) per model. These are
 * the strategies' own computation (as majority vote computes its success exactly); what a run reuses
 * across trials is the strategy's success curve per (strategy, k), tabulated in one place for every
 * strategy ({@code io.flopsplit.tabulation.SuccessCurves}, through {@link LogitSuccess}).
 */
final class BudgetGrid {

    static final int EVERY_UP_TO = 8;
    private static final int CAPACITY = 4096;

    /** A table's identity: a value describing the model (strategy, constants, distractors) and a node k. */
    private record Key(Object model, int k) {
    }

    /** Each table built once, whichever thread asks first (the memo's per-key futures). */
    private static final Memo<Key, SuccessTable> TABLES = new Memo<>(CAPACITY);

    private BudgetGrid() {
    }

    /** The largest node at or below k (k itself when it is the largest allowed). */
    static int nodeBelow(int k, int largest) {
        if (k <= EVERY_UP_TO || k >= largest) {
            return Math.min(k, largest);
        }
        int below = EVERY_UP_TO;
        for (int j = 1; ; j++) {
            int node = node(j);
            if (node > k) {
                return below;
            }
            below = node;
        }
    }

    /** The smallest node above k, or {@code largest}. */
    static int nodeAbove(int k, int largest) {
        if (k < EVERY_UP_TO) {
            return k + 1;
        }
        for (int j = 1; ; j++) {
            int node = node(j);
            if (node > k) {
                return Math.min(node, largest);
            }
        }
    }

    private static int node(int j) {
        return (int) Math.round(EVERY_UP_TO * Math.pow(2, j / 2.0));
    }

    /** Whether k is a node (its table is built, not interpolated). */
    static boolean isNode(int k, int largest) {
        return nodeBelow(k, largest) == k;
    }

    /**
     * The success table of {@code model} at budget k &lt;= {@code largest}: built by {@code build} at a
     * node, interpolated in ln k between the two nodes around k otherwise.
     */
    static SuccessTable table(Object model, int k, int largest, IntFunction<SuccessTable> build) {
        int below = nodeBelow(k, largest);
        SuccessTable low = TABLES.get(new Key(model, below), key -> build.apply(below));
        if (below == k) {
            return low;
        }
        int above = nodeAbove(k, largest);
        SuccessTable high = TABLES.get(new Key(model, above), key -> build.apply(above));
        return low.mix(high, Math.log((double) k / below) / Math.log((double) above / below));
    }
}
