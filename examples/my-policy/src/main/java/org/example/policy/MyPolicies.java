package org.example.policy;

import io.flopsplit.policy.PolicyProvider;
import io.flopsplit.policy.PolicyType;
import java.util.List;

/** What this jar offers flopsplit, as listed in META-INF/services/io.flopsplit.policy.PolicyProvider. */
public final class MyPolicies implements PolicyProvider {

    @Override
    public List<PolicyType<?>> types() {
        return List.of(VoteReservePolicy.TYPE);
    }
}
