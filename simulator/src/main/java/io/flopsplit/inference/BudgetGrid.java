package io.flopsplit.inference;

import io.flopsplit.memo.Memo;
import java.util.ArrayList;
import java.util.List;

/**
 * The budgets k at which Monte-Carlo success tables are built, and the interpolation between them:
 * every k up to {@value #EVERY_UP_TO}, then k_j = round({@value #EVERY_UP_TO}·2^(j/2)) — a factor √2
 * apart — up to a strategy's largest k (itself a node). A budget between two nodes a &lt; k &lt; b
 * takes s_k = (1 − t)·s_a + t·s_b with t = ln(k/a)/ln(b/a): success is smooth in ln k, and tables
 * are built with common random numbers, so the mixture carries no extra noise. The error of this
 * interpolation is tested against tables built at the exact k. A node's table is taken from the
 * tables the release ships ({@link ShippedTables}, for the default constants and the presets) when
 * it holds the node's key ({@link TableFamily}), built otherwise, and in both cases remembered
 * ({@link Memo}) per key: a run that asks for many budgets (an oracle searching model sizes) builds
 * at most 2·log2(k_max) per model. These are the strategies' own computation (as majority vote
 * computes its success exactly); what a run reuses across trials is the strategy's success curve per
 * (strategy, k), tabulated in one place for every strategy ({@code io.flopsplit.tabulation.SuccessCurves},
 * through {@link LogitSuccess}).
 */
final class BudgetGrid {

    static final int EVERY_UP_TO = 8;
    private static final int CAPACITY = 4096;

    /** Each table looked up or built once per key ({@link TableFamily#key(int)}), whichever thread asks first. */
    private static final Memo<String, SuccessTable> TABLES = new Memo<>(CAPACITY);

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

    /** Every node up to {@code largest}, in increasing order ({@code largest} the last). */
    static List<Integer> nodes(int largest) {
        List<Integer> nodes = new ArrayList<>();
        for (int k = 1; k < largest; k = nodeAbove(k, largest)) {
            nodes.add(k);
        }
        nodes.add(largest);
        return List.copyOf(nodes);
    }

    private static int node(int j) {
        return (int) Math.round(EVERY_UP_TO * Math.pow(2, j / 2.0));
    }

    /** Whether k is a node (its table is built, not interpolated). */
    static boolean isNode(int k, int largest) {
        return nodeBelow(k, largest) == k;
    }

    /**
     * The success table of {@code family} at budget k &lt;= its largest: its node's table at a node,
     * interpolated in ln k between the two nodes around k otherwise.
     */
    static SuccessTable table(TableFamily family, int k) {
        int largest = family.largest();
        if (k < 1 || k > largest) {
            throw new IllegalArgumentException("k: must be in [1, " + largest + "], was " + k);
        }
        int below = nodeBelow(k, largest);
        SuccessTable low = node(family, below);
        if (below == k) {
            return low;
        }
        int above = nodeAbove(k, largest);
        SuccessTable high = node(family, above);
        return low.mix(high, Math.log((double) k / below) / Math.log((double) above / below));
    }

    /** The table at node k: the shipped one if the release holds its key, built otherwise. */
    private static SuccessTable node(TableFamily family, int k) {
        return TABLES.get(family.key(k), key -> ShippedTables.find(family.key(), k, family.grid())
                .orElseGet(() -> family.build(k)));
    }
}
