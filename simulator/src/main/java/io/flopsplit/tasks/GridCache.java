package io.flopsplit.tasks;

import io.flopsplit.memo.Memo;

/**
 * Remembers the quadratures of difficulty distributions: every trial that deploys a model on a suite
 * needs the same nodes (a thousand inverse-CDF evaluations), and grids are immutable values.
 */
final class GridCache {

    private static final int CAPACITY = 64;

    private record Key(DifficultyDistribution distribution, int points) {
    }

    private static final Memo<Key, DifficultyGrid> GRIDS = new Memo<>(CAPACITY);

    private GridCache() {
    }

    static DifficultyGrid grid(DifficultyDistribution distribution, int points) {
        return GRIDS.get(new Key(distribution, points), key -> distribution.grid(points));
    }
}
