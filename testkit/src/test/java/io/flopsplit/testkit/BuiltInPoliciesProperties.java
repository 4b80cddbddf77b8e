package io.flopsplit.testkit;

import io.flopsplit.policy.OraclePolicy;
import io.flopsplit.policy.Policies;
import io.flopsplit.policy.Policy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in policy keeps every invariant it is held to, its declared monotonicities included,
 * over the whole range of worlds: {@value #EXAMPLES} worlds per invariant (the oracle, whose every
 * world costs its numerical search, {@value #ORACLE_EXAMPLES}), seed 1 unless
 * {@code -Dflopsplit.check.seed} says otherwise. {@code flopsplit check} with its defaults looks at
 * 100 worlds per invariant.
 */
class BuiltInPoliciesProperties {

    static final int EXAMPLES = 30;
    static final int ORACLE_EXAMPLES = 5;

    static java.util.List<String> builtIns() {
        return Policies.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtIns")
    void keepsEveryInvariant(String name) {
        Policy policy = Policies.create(name);
        int examples = policy.type() == OraclePolicy.TYPE ? ORACLE_EXAMPLES : EXAMPLES;
        PolicyAssertions.defaults().examples(Integer.getInteger(PolicyAssertions.EXAMPLES_PROPERTY, examples))
                .invariants(policy);
    }
}
