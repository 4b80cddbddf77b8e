package io.flopsplit.check.broken;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.inference.Greedy;
import io.flopsplit.policy.ChinchillaPolicy;
import io.flopsplit.policy.Policy;
import io.flopsplit.policy.PolicyType;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Broken on purpose (trains): with no demand forecast it decides training is pointless and plans the
 * chinchilla policy's model on half a token (which the trial then refuses to play).
 */
public record TrainsOnHalfAToken() implements Policy {

    public static final PolicyType<TrainsOnHalfAToken> TYPE = PolicyType.of("trains-on-half-a-token",
            "Broken: half a training token when no demand is forecast", TrainsOnHalfAToken.class,
            TrainsOnHalfAToken::new);

    @Override
    public PolicyType<TrainsOnHalfAToken> type() {
        return TYPE;
    }

    @Override
    public Allocation allocate(Forecast forecast) {
        Allocation chinchilla = new ChinchillaPolicy().allocate(forecast);
        return forecast.realQueries() > 0 ? chinchilla
                : new Allocation(Optional.empty(), chinchilla.params(), 0.5, Greedy.TYPE, OptionalInt.of(1));
    }
}
