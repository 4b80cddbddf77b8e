package io.flopsplit.engine.deployment;

import io.flopsplit.inference.Greedy;
import io.flopsplit.inference.Outcome;
import io.flopsplit.inference.Plan;
import io.flopsplit.inference.PlanCache;
import io.flopsplit.inference.QueryStreams;
import io.flopsplit.inference.Setting;
import io.flopsplit.inference.Strategy;
import io.flopsplit.ledger.BudgetView;
import io.flopsplit.ledger.Phase;
import io.flopsplit.tasks.Problem;
import java.util.HashMap;
import java.util.Map;

/**
 * The plans a deployment serves with — the strategy at its budget k, and the plans an exhausted
 * budget falls back on ({@link Exhaustion}): the same strategy at smaller budgets k', or greedy.
 * Fallback plans are built on first use and kept; a trial that never runs short builds none.
 * Serving a query draws its outcome (all of its samples at once) from the query's streams and decides,
 * exactly on the ledger's sums, whether the INFERENCE account can pay for it.
 */
final class ServingPlans {

    private final Strategy strategy;
    private final int k;
    private final Setting setting;
    private final double queryWeight;
    private final Exhaustion exhaustion;
    private final Plan full;
    private final Map<Integer, Plan> smaller = new HashMap<>();
    private Plan greedy;

    ServingPlans(Strategy strategy, int k, Setting setting, double queryWeight, Exhaustion exhaustion) {
        this.strategy = strategy;
        this.k = Strategy.checkK(k);
        this.setting = setting;
        this.queryWeight = queryWeight;
        this.exhaustion = exhaustion;
        this.full = PlanCache.plan(strategy, setting, k);
    }

    /** The plan at the full budget. */
    Plan full() {
        return full;
    }

    /** Answers query {@code index} on {@code problem}, or drops it, as {@code budget} allows. */
    Query serve(int index, Problem problem, BudgetView budget, QueryStreams samples) {
        Outcome outcome = full.sample(problem, samples);
        if (affordable(budget, outcome.flops())) {
            return answered(index, problem, Query.Service.FULL, k, outcome);
        }
        return switch (exhaustion) {
            case SERVE_PAID -> servePaid(index, problem, budget, samples);
            case FALLBACK_GREEDY -> serveGreedy(index, problem, budget, samples);
            case DROP -> Query.dropped(index, problem.difficulty(), queryWeight);
        };
    }

    /**
     * Serves with the largest power of two k' &lt; k the account can pay: powers of two keep the plans a
     * run must make to at most log2(k) (some strategies take long to plan), at the cost of leaving part
     * of a last partial budget for the next query.
     */
    private Query servePaid(int index, Problem problem, BudgetView budget, QueryStreams samples) {
        for (int paid = powerOfTwo(largestAffordable(budget, k - 1)); paid >= 1;
                paid = powerOfTwo(largestAffordable(budget, paid - 1))) {
            Outcome outcome = smaller(paid).sample(problem, samples);
            if (affordable(budget, outcome.flops())) {
                return answered(index, problem, Query.Service.PARTIAL, paid, outcome);
            }
        }
        return Query.dropped(index, problem.difficulty(), queryWeight);
    }

    private Query serveGreedy(int index, Problem problem, BudgetView budget, QueryStreams samples) {
        if (greedy == null) {
            greedy = PlanCache.plan(new Greedy(), setting, 1);
        }
        if (!affordable(budget, greedy.flopsPerQuery())) {
            return Query.dropped(index, problem.difficulty(), queryWeight);
        }
        return answered(index, problem, Query.Service.PARTIAL, 1, greedy.sample(problem, samples));
    }

    /** The largest k' in [1, {@code most}] whose FLOPs per query the budget can pay; 0 if none. */
    private int largestAffordable(BudgetView budget, int most) {
        return strategy.largestAffordableK(setting.deployment(), flops -> affordable(budget, flops), most);
    }

    private static int powerOfTwo(int affordable) {
        return affordable < 1 ? 0 : Integer.highestOneBit(affordable);
    }

    private Plan smaller(int paid) {
        return smaller.computeIfAbsent(paid, budgetK -> PlanCache.plan(strategy, setting, budgetK));
    }

    private boolean affordable(BudgetView budget, double flopsPerQuery) {
        return budget.canAfford(Phase.INFERENCE, flopsPerQuery * queryWeight);
    }

    private Query answered(int index, Problem problem, Query.Service service, int servedK, Outcome outcome) {
        return new Query(index, problem.difficulty(), service, servedK, outcome.success(), outcome.flops(), queryWeight);
    }
}
