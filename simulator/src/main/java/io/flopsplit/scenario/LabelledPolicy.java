package io.flopsplit.scenario;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.engine.training.TrainingHook;
import io.flopsplit.keys.KeyValues;
import io.flopsplit.policy.Policy;
import io.flopsplit.policy.PolicyType;

/**
 * A policy under another name, so that a scenario can compare one policy under two settings
 * (e.g. fixed-split at 30% and at 70%).
 *
 * @param label the name it reports under
 * @param policy the policy
 */
record LabelledPolicy(String label, Policy policy) implements Policy {

    @Override
    public PolicyType<?> type() {
        return policy.type();
    }

    @Override
    public String name() {
        return label;
    }

    @Override
    public String description() {
        return policy.description() + " (" + policy.name() + ")";
    }

    @Override
    public KeyValues options() {
        return policy.options();
    }

    @Override
    public Allocation allocate(Forecast forecast) {
        return policy.allocate(forecast);
    }

    @Override
    public Allocation allocate(Forecast belief, Forecast truth) {
        return policy.allocate(belief, truth);
    }

    @Override
    public boolean decidesFromBeliefAlone() {
        return policy.decidesFromBeliefAlone();
    }

    @Override
    public TrainingHook trainingHook(Forecast forecast, Allocation allocation) {
        return policy.trainingHook(forecast, allocation);
    }
}
