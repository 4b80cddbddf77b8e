package io.flopsplit.engine.deployment;

import io.flopsplit.engine.Hardware;
import io.flopsplit.engine.Simulation;
import io.flopsplit.engine.Trace;
import io.flopsplit.inference.Deployment;
import io.flopsplit.inference.TestDeployments;
import io.flopsplit.inference.Setting;
import io.flopsplit.inference.Strategies;
import io.flopsplit.inference.Strategy;
import io.flopsplit.inference.StrategyParameters;
import io.flopsplit.ledger.Ledger;
import io.flopsplit.ledger.Phase;
import io.flopsplit.random.RandomStreams;
import io.flopsplit.random.TrialStreams;
import io.flopsplit.tasks.SuitePresets;
import java.util.List;

/**
 * The inputs of one deployment-only trial, as the deployment tests generate them: a ledger whose
 * inference account holds {@code inferenceFlops}, a model of {@code params} parameters at a fixed
 * loss on the math-like suite, and a demand. Everything a run depends on is here, so two runs of
 * the same setup must match event for event.
 *
 * @param inferenceFlops the inference allocation, ≥ 0 (the budget is at least 1e15)
 * @param params model size N
 * @param strategyId a built-in strategy id
 * @param k its budget
 * @param demand the demand
 * @param horizonHours the trial's horizon; deployment starts at hour 0
 * @param seed master seed of the random streams
 */
record DeploymentSetup(double inferenceFlops, double params, String strategyId, int k, Demand demand,
                       double horizonHours, long seed) {

    /** The math-like suite's loss at which pass@1 is moderate. */
    static final double LOSS = 1.95;

    /** One run: its trace, the outcome, the ledger and the plan that served. */
    record Run(List<Trace.Fired> trace, DeploymentOutcome outcome, Ledger ledger, DeploymentProcess process) {
    }

    Run run() {
        Ledger ledger = Ledger.allocated(Math.max(1e15, inferenceFlops), 0, 0, inferenceFlops);
        ledger.allocateRest(Phase.PRETRAINING);
        Trace trace = new Trace(ledger);
        DeploymentProcess process = process(streams());
        new Simulation(Hardware.cluster(8, 1e15, 0.5), ledger, horizonHours, trace).run(List.of(process));
        return new Run(trace.fired(), process.outcome(), ledger, process);
    }

    DeploymentProcess process(TrialStreams streams) {
        return new DeploymentProcess(strategy(), k, setting(), demand, streams);
    }

    Setting setting() {
        return new Setting(SuitePresets.resolve("math-like"), LOSS, TestDeployments.of(params));
    }

    Strategy strategy() {
        return Strategies.create(strategyId, StrategyParameters.defaults(), params);
    }

    TrialStreams streams() {
        return new RandomStreams(seed).next();
    }

    /** FLOPs of one real query at budget {@code atK}. */
    double queryFlops(int atK) {
        return strategy().flopsPerQuery(setting().deployment(), atK);
    }
}
