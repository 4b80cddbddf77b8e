package io.flopsplit.engine.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.arrivals.Arrivals;
import io.flopsplit.compute.ComputeConvention;
import io.flopsplit.data.TrainingData;
import io.flopsplit.engine.PhasesTest;
import io.flopsplit.engine.Simulation;
import io.flopsplit.engine.Trace;
import io.flopsplit.engine.deployment.DeploymentOutcome.Status;
import io.flopsplit.engine.training.PretrainingPlan;
import io.flopsplit.engine.training.PretrainingProcess;
import io.flopsplit.engine.training.TrainingDecision;
import io.flopsplit.engine.training.TrainingHook;
import io.flopsplit.inference.BestOfKOracle;
import io.flopsplit.inference.Deployment;
import io.flopsplit.inference.TestDeployments;
import io.flopsplit.ledger.Ledger;
import io.flopsplit.tabulation.SuccessCurve;
import io.flopsplit.ledger.Phase;
import io.flopsplit.random.RandomStreams;
import io.flopsplit.tasks.SuitePresets;
import io.flopsplit.tasks.TaskSuite;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deployment after pretraining in one trial: it opens at the time to deploy and serves the trained model. */
class DeploymentTrialTest {

    static final TaskSuite SUITE = SuitePresets.resolve("math-like");
    static final Deployment SERVING = TestDeployments.of(1e9);
    static final Demand DEMAND = new Demand(1e8, 2000, 24 * 30, Arrivals.poisson(), Exhaustion.SERVE_PAID,
            Outcomes.EXPECTED);

    static PretrainingPlan plan(double flops) {
        return PretrainingPlan.forFlops(PhasesTest.CHINCHILLA, TrainingData.unfiltered(1e13), 1e9, flops, 4,
                ComputeConvention.STANDARD);
    }

    @Test
    void deploymentOpensWhenTrainingEndsAndServesTheTrainedModel() {
        Ledger ledger = Ledger.allocated(1.2e20 + 1e21, 0, 1.2e20, 0);
        ledger.allocateRest(Phase.INFERENCE);
        PretrainingProcess training = new PretrainingProcess(plan(1.2e20), TrainingHook.PROCEED);
        DeploymentProcess serving = DeploymentProcess.after(training, new BestOfKOracle(), 16, SUITE, SERVING, DEMAND,
                new RandomStreams(1).next());
        Trace trace = new Trace(ledger);
        new Simulation(PhasesTest.CLUSTER, ledger, PhasesTest.YEAR_HOURS, trace).run(List.of(training, serving));

        double timeToDeploy = training.outcome().finishedAtHours().orElseThrow();
        DeploymentOutcome outcome = serving.outcome();
        assertEquals(Status.COMPLETED, outcome.status());
        assertEquals(timeToDeploy, outcome.startedAtHours().orElseThrow());
        assertTrue(trace.events().stream().filter(QueryBatch.class::isInstance).count() == outcome.batches());
        double firstQuery = trace.fired().stream().filter(fired -> fired.event() instanceof QueryBatch).findFirst()
                .orElseThrow().timeHours();
        assertTrue(firstQuery >= timeToDeploy && trace.last().timeHours() == PhasesTest.YEAR_HOURS);
        double expected = serving.servingPlan().accuracy(SUITE.problemsAt(training.outcome().loss().orElseThrow()));
        assertEquals(expected, outcome.accuracy(), 2 * SuccessCurve.TOLERANCE);
        assertEquals(1e8, outcome.realQueries(), 5 * Math.sqrt(1e8));
        assertEquals(ledger.spentFlops(Phase.INFERENCE), outcome.inferenceFlops(), 1e-12 * outcome.inferenceFlops());
    }

    @Test
    void aModelStoppedEarlyIsDeployedAtTheLossItReachedWithTheFlopsItDidNotSpend() {
        Ledger ledger = Ledger.allocated(1.2e20, 0, 1.2e20, 0);
        TrainingHook stopAfterOne = (now, chunk, budget) -> TrainingDecision.stopAndMoveUnspentTo(Phase.INFERENCE);
        PretrainingProcess training = new PretrainingProcess(plan(1.2e20), stopAfterOne);
        DeploymentProcess serving = DeploymentProcess.after(training, new BestOfKOracle(), 16, SUITE, SERVING, DEMAND,
                new RandomStreams(2).next());
        new Simulation(PhasesTest.CLUSTER, ledger, PhasesTest.YEAR_HOURS, new Trace(ledger)).run(List.of(training, serving));
        assertEquals(1, training.outcome().chunksDone());
        assertEquals(training.outcome().loss().orElseThrow(), serving.setting().loss());
        assertTrue(serving.outcome().fullQueries() > 0);
        assertTrue(ledger.spentFlops(Phase.INFERENCE) > 0);
    }

    @Test
    void aDeploymentThatNeverOpensHasServedNothing() {
        Ledger ledger = Ledger.allocated(1.2e20 + 1e21, 0, 1.2e20, 0);
        ledger.allocateRest(Phase.INFERENCE);
        PretrainingProcess training = new PretrainingProcess(plan(1.2e20), TrainingHook.PROCEED);
        DeploymentProcess serving = DeploymentProcess.after(training, new BestOfKOracle(), 16, SUITE, SERVING, DEMAND,
                new RandomStreams(3).next());
        double midTraining = PhasesTest.CLUSTER.hoursFor(0.6e20);
        new Simulation(PhasesTest.CLUSTER, ledger, midTraining, new Trace(ledger)).run(List.of(training, serving));
        DeploymentOutcome outcome = serving.outcome();
        assertEquals(Status.NOT_STARTED, outcome.status());
        assertTrue(outcome.startedAtHours().isEmpty());
        assertEquals(0, outcome.realQueries());
        assertEquals(0, outcome.accuracy());
        assertEquals(false, outcome.servedAny());
        assertThrows(IllegalStateException.class, serving::servingPlan);
    }

    @Test
    void theDeployedModelMustBeTheTrainedOne() {
        PretrainingProcess training = new PretrainingProcess(plan(1.2e20), TrainingHook.PROCEED);
        var error = assertThrows(IllegalArgumentException.class, () -> DeploymentProcess.after(training,
                new BestOfKOracle(), 16, SUITE, TestDeployments.of(8e9), DEMAND, new RandomStreams(1).next()));
        assertEquals("deployment.params: must be the trained model's 1e9, was 8e9", error.getMessage());
    }
}
