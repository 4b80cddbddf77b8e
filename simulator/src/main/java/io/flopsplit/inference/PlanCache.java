package io.flopsplit.inference;

import io.flopsplit.memo.Memo;

/**
 * Remembers recently made plans: every trial of a Monte Carlo run with fixed law constants deploys
 * the same model at the same loss, and some plans (adaptive, beam search) take long to make. A plan
 * is a pure function of the strategy, the suite, the deployed loss, the deployment and k, all of
 * which are values, so it is shared between trials and threads. Bounded (least recently used out).
 */
public final class PlanCache {

    private static final int CAPACITY = 256;

    private record Key(Strategy strategy, Object suite, double loss, Deployment deployment, int k) {
    }

    private static final Memo<Key, Plan> PLANS = new Memo<>(CAPACITY);

    private PlanCache() {
    }

    /** {@code strategy.plan(setting, k)}, made once per distinct input. */
    public static Plan plan(Strategy strategy, Setting setting, int k) {
        return PLANS.get(new Key(strategy, setting.suite(), setting.loss(), setting.deployment(), k),
                key -> strategy.plan(setting, k));
    }
}
