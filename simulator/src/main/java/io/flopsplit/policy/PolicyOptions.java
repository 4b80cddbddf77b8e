package io.flopsplit.policy;

import io.flopsplit.compute.Range;
import io.flopsplit.inference.Strategies;
import io.flopsplit.keys.ChoiceKey;
import io.flopsplit.keys.Keys;
import io.flopsplit.keys.NumberKey;

/** The options several built-in policies take, each with its meaning written once; defaults differ by policy. */
final class PolicyOptions {

    /** Training shares a policy may plan: strictly between nothing and everything. */
    static final Range SHARE = Range.closed(1e-6, 1 - 1e-6);

    private PolicyOptions() {
    }

    /** {@code trainingShare}: the share of the budget spent on pretraining. */
    static NumberKey trainingShare(double defaultShare) {
        return Keys.number("trainingShare", "Share of the budget spent on pretraining", defaultShare, SHARE);
    }

    /** {@code strategy}: the test-time strategy that serves queries, any registered one. */
    static ChoiceKey strategy(String defaultId) {
        ChoiceKey key = new ChoiceKey("strategy", "The test-time strategy that serves queries (see flopsplit"
                + " test-time --help)", defaultId, Strategies::ids);
        key.check(defaultId);
        return key;
    }
}
