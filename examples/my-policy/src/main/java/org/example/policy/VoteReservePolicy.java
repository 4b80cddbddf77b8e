package org.example.policy;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.allocation.Sizing;
import io.flopsplit.data.TrainingData;
import io.flopsplit.inference.MajorityVote;
import io.flopsplit.keys.Keys;
import io.flopsplit.keys.WholeKey;
import io.flopsplit.optimum.ModelPlan;
import io.flopsplit.policy.Monotonicity;
import io.flopsplit.policy.Policy;
import io.flopsplit.policy.PolicyType;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Sets aside what a majority vote over {@code samples} answers to every forecast query will cost the
 * model it trains, and trains the compute-optimal model for the rest: the chinchilla policy's
 * reasoning, with k sampled answers per query instead of one.
 *
 * @param samples answers sampled per query for the vote, k
 */
public record VoteReservePolicy(int samples) implements Policy {

    static final WholeKey SAMPLES = Keys.whole("samples", "Answers sampled per query for the majority vote", 4, 1, 64);

    public static final PolicyType<VoteReservePolicy> TYPE = new PolicyType<>("vote-reserve",
            "Reserves k-sample majority votes for every forecast query, trains compute-optimally on the rest",
            VoteReservePolicy.class, List.of(SAMPLES),
            options -> new VoteReservePolicy(Math.toIntExact(options.get(SAMPLES))),
            (policy, options) -> options.with(SAMPLES, (long) policy.samples()))
            .declaring(Monotonicity.BUDGET);

    public VoteReservePolicy {
        SAMPLES.check((long) samples);
    }

    @Override
    public PolicyType<VoteReservePolicy> type() {
        return TYPE;
    }

    @Override
    public Allocation allocate(Forecast forecast) {
        ModelPlan plan = Sizing.computeOptimalWithReserve(forecast, TrainingData.unfiltered(forecast.pool()),
                forecast.budgetFlops(), params -> forecast.realQueries() * forecast.deployment(params).samplingFlops(samples));
        return new Allocation(Optional.empty(), plan.params(), plan.tokens(), MajorityVote.TYPE, OptionalInt.of(samples));
    }
}
