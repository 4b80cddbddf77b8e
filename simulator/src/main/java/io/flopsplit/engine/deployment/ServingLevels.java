package io.flopsplit.engine.deployment;

import io.flopsplit.inference.Greedy;
import io.flopsplit.inference.Plan;
import io.flopsplit.inference.PlanCache;
import io.flopsplit.inference.Setting;
import io.flopsplit.inference.Strategy;
import io.flopsplit.ledger.BudgetView;
import io.flopsplit.ledger.Phase;
import io.flopsplit.tabulation.SuiteAccuracy;
import java.util.HashMap;
import java.util.Map;

/**
 * The levels a deployment serves at — the strategy at its budget k, and what an exhausted budget
 * falls back on ({@link Exhaustion}): the same strategy at the largest power of two k' &lt; k the
 * account can pay (powers of two bound the levels a run makes to log2 k), or greedy — and, for
 * each, its FLOPs per query and its expected accuracy over the suite
 * ({@link SuiteAccuracy}: a tabulated curve where the strategy offers one). Fallback levels are
 * made on first use and kept; a deployment that never runs short makes none. Every decision is
 * taken exactly on the ledger's sums.
 */
final class ServingLevels {

    /** One way of serving: the strategy and budget, its cost and its expected accuracy. */
    record Level(QueryBatch.Service service, Strategy strategy, int k, double flopsPerQuery, double accuracy,
                 Setting setting) {

        /** The plan, for sampled outcomes. */
        Plan plan() {
            return PlanCache.plan(strategy, setting, k);
        }
    }

    private final Strategy strategy;
    private final Setting setting;
    private final Exhaustion exhaustion;
    private final Level full;
    private final Map<Integer, Level> smaller = new HashMap<>();
    private Level greedy;

    ServingLevels(Strategy strategy, int k, Setting setting, Exhaustion exhaustion) {
        this.strategy = strategy;
        this.setting = setting;
        this.exhaustion = exhaustion;
        this.full = level(QueryBatch.Service.FULL, strategy, Strategy.checkK(k));
    }

    /** The level at the full budget. */
    Level full() {
        return full;
    }

    /** The level the next query is served at, as {@code budget} allows; null when it is dropped. */
    Level next(BudgetView budget) {
        if (affordable(budget, full.flopsPerQuery())) {
            return full;
        }
        return switch (exhaustion) {
            case SERVE_PAID -> paid(budget);
            case FALLBACK_GREEDY -> fallback(budget);
            case DROP -> null;
        };
    }

    /** How many queries {@code budget} pays in full at {@code level}, exactly on the ledger's sums. */
    static long affordableQueries(BudgetView budget, double flopsPerQuery, long most) {
        if (flopsPerQuery <= 0) {
            return most;
        }
        double unspent = budget.unspentFlops(Phase.INFERENCE);
        long queries = (long) Math.min(most, Math.floor(unspent / flopsPerQuery));
        while (queries > 0 && !budget.canAfford(Phase.INFERENCE, queries * flopsPerQuery)) {
            queries--;
        }
        while (queries < most && budget.canAfford(Phase.INFERENCE, (queries + 1) * flopsPerQuery)) {
            queries++;
        }
        return queries;
    }

    private Level paid(BudgetView budget) {
        int most = full.k() - 1;
        while (most >= 1) {
            int affordable = strategy.largestAffordableK(setting.deployment(), flops -> affordable(budget, flops), most);
            if (affordable < 1) {
                return null;
            }
            int paid = Integer.highestOneBit(affordable);
            Level level = smaller.computeIfAbsent(paid, budgetK -> level(QueryBatch.Service.PARTIAL, strategy, budgetK));
            if (affordable(budget, level.flopsPerQuery())) {
                return level;
            }
            most = paid - 1;
        }
        return null;
    }

    private Level fallback(BudgetView budget) {
        if (greedy == null) {
            greedy = level(QueryBatch.Service.PARTIAL, new Greedy(), 1);
        }
        return affordable(budget, greedy.flopsPerQuery()) ? greedy : null;
    }

    private Level level(QueryBatch.Service service, Strategy servedBy, int k) {
        return new Level(service, servedBy, k, SuiteAccuracy.flopsPerQuery(servedBy, setting, k),
                SuiteAccuracy.of(servedBy, setting, k), setting);
    }

    private static boolean affordable(BudgetView budget, double flopsPerQuery) {
        return budget.canAfford(Phase.INFERENCE, flopsPerQuery);
    }
}
