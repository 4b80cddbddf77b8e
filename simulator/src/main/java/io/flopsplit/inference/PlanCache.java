package io.flopsplit.inference;

import java.util.LinkedHashMap;
import java.util.Map;

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

    private static final Map<Key, Plan> PLANS = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Plan> eldest) {
            return size() > CAPACITY;
        }
    };

    private PlanCache() {
    }

    /** {@code strategy.plan(setting, k)}, made once per distinct input. */
    public static Plan plan(Strategy strategy, Setting setting, int k) {
        Key key = new Key(strategy, setting.suite(), setting.loss(), setting.deployment(), k);
        synchronized (PLANS) {
            Plan known = PLANS.get(key);
            if (known != null) {
                return known;
            }
        }
        Plan made = strategy.plan(setting, k);
        synchronized (PLANS) {
            PLANS.put(key, made);
        }
        return made;
    }
}
