package io.flopsplit.scenario;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.engine.training.TrainingHook;
import io.flopsplit.laws.LossLaw;
import io.flopsplit.policy.Policy;

/**
 * A policy under another name, so that a scenario can compare one policy under two settings
 * (e.g. fixed-split at 30% and at 70%).
 *
 * @param label the name it reports under
 * @param policy the policy
 */
record LabelledPolicy(String label, Policy policy) implements Policy {

    @Override
    public String name() {
        return label;
    }

    @Override
    public String description() {
        return policy.description() + " (" + policy.name() + ")";
    }

    @Override
    public Allocation allocate(Forecast forecast) {
        return policy.allocate(forecast);
    }

    @Override
    public Allocation allocate(Forecast belief, LossLaw trueLaw) {
        return policy.allocate(belief, trueLaw);
    }

    @Override
    public TrainingHook trainingHook(Forecast forecast, Allocation allocation) {
        return policy.trainingHook(forecast, allocation);
    }
}
