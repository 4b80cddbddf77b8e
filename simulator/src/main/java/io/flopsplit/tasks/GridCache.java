package io.flopsplit.tasks;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the quadratures of difficulty distributions: every trial that deploys a model on a suite
 * needs the same nodes (a thousand inverse-CDF evaluations), and grids are immutable values. Bounded:
 * cleared when it holds more than a few dozen distributions.
 */
final class GridCache {

    private static final int CAPACITY = 64;

    private record Key(DifficultyDistribution distribution, int points) {
    }

    private static final Map<Key, DifficultyGrid> GRIDS = new ConcurrentHashMap<>();

    private GridCache() {
    }

    static DifficultyGrid grid(DifficultyDistribution distribution, int points) {
        if (GRIDS.size() > CAPACITY) {
            GRIDS.clear();
        }
        return GRIDS.computeIfAbsent(new Key(distribution, points), key -> distribution.grid(points));
    }
}
