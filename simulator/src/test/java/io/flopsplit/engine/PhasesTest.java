package io.flopsplit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.compute.ComputeConvention;
import io.flopsplit.data.DataPool;
import io.flopsplit.data.DataSelection;
import io.flopsplit.data.ProxyScorer;
import io.flopsplit.data.QualityMultiplier;
import io.flopsplit.data.TrainingData;
import io.flopsplit.engine.selection.SelectionProcess;
import io.flopsplit.engine.training.PretrainingOutcome;
import io.flopsplit.engine.training.PretrainingOutcome.Status;
import io.flopsplit.engine.training.PretrainingPlan;
import io.flopsplit.engine.training.PretrainingProcess;
import io.flopsplit.engine.training.TrainingChunk;
import io.flopsplit.engine.training.TrainingDecision;
import io.flopsplit.engine.training.TrainingHook;
import io.flopsplit.laws.LawProfiles;
import io.flopsplit.laws.LossLaw;
import io.flopsplit.ledger.Ledger;
import io.flopsplit.ledger.Phase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Data selection and pretraining played on the kernel. */
public class PhasesTest {

    public static final LossLaw CHINCHILLA = LawProfiles.find("chinchilla").orElseThrow().law();
    public static final Hardware CLUSTER = Hardware.cluster(1000, 1e15, 0.5);
    static final DataSelection HALF = new DataSelection(DataPool.ofUnique(1e11), ProxyScorer.perplexity(1e8), 0.5,
            new QualityMultiplier(0.7, 0.1), 0.5);
    public static final double YEAR_HOURS = 24 * 365;

    static PretrainingPlan plan(Ledger ledger, double params, int chunks) {
        return PretrainingPlan.forFlops(CHINCHILLA, HALF.trainingData(params), params,
                ledger.unspentFlops(Phase.PRETRAINING), chunks, ComputeConvention.STANDARD);
    }

    @Test
    void selectionThenTrainingSpendTheirAllocationsOnTheClock() {
        Ledger ledger = Ledger.allocated(1e22, HALF.selectionFlops(), 9e21, 0);
        ledger.allocateRest(Phase.INFERENCE);
        SelectionProcess selection = new SelectionProcess(HALF, 8);
        PretrainingProcess training = new PretrainingProcess(plan(ledger, 1e9, 50), TrainingHook.PROCEED);
        Trace trace = new Trace(ledger);
        new Simulation(CLUSTER, ledger, YEAR_HOURS, trace).run(List.of(selection, training));

        assertEquals(8 + 50 + 1, trace.fired().size());
        assertEquals(1e11, selection.tokensScored());
        assertEquals(HALF.selectionFlops(), ledger.spentFlops(Phase.SELECTION), HALF.selectionFlops() * 1e-15);
        assertEquals(9e21, ledger.spentFlops(Phase.PRETRAINING), 9e21 * 1e-15);
        assertEquals(0, ledger.spentFlops(Phase.INFERENCE));

        PretrainingOutcome outcome = training.outcome();
        assertEquals(Status.COMPLETED, outcome.status());
        assertEquals(9e21 / 6e9, outcome.tokensTrained(), 1);
        assertEquals(HALF.trainingData(1e9).loss(CHINCHILLA, 1e9, outcome.tokensTrained()), outcome.loss().orElseThrow(), 1e-12);
        double hoursToDeploy = CLUSTER.hoursFor(HALF.selectionFlops() + 9e21);
        assertEquals(hoursToDeploy, outcome.finishedAtHours().orElseThrow(), hoursToDeploy * 1e-12);
        assertEquals(selection.finishedAtHours(), CLUSTER.hoursFor(HALF.selectionFlops()), 1e-9);
    }

    @Test
    void theLossFallsChunkByChunk() {
        Ledger ledger = Ledger.allocated(1e21, 0, 1e21, 0);
        Trace trace = new Trace(ledger);
        new Simulation(CLUSTER, ledger, YEAR_HOURS, trace)
                .run(List.of(new PretrainingProcess(plan(ledger, 1e9, 20), TrainingHook.PROCEED)));
        List<TrainingChunk> chunks = trace.events().stream()
                .filter(TrainingChunk.class::isInstance).map(TrainingChunk.class::cast).toList();
        assertEquals(20, chunks.size());
        for (int i = 1; i < chunks.size(); i++) {
            assertTrue(chunks.get(i).lossSoFar() < chunks.get(i - 1).lossSoFar());
            assertEquals(i, chunks.get(i).index());
        }
        assertTrue(chunks.get(19).last());
    }

    @Test
    void aHookMayStopEarlyAndMoveTheUnspentFlopsToInference() {
        Ledger ledger = Ledger.allocated(1e21, 0, 1e21, 0);
        TrainingHook stopAtQuarter = (now, chunk, budget) -> chunk.index() == 4
                ? TrainingDecision.stopAndMoveUnspentTo(Phase.INFERENCE) : TrainingDecision.proceed();
        PretrainingProcess training = new PretrainingProcess(plan(ledger, 1e9, 20), stopAtQuarter);
        new Simulation(CLUSTER, ledger, YEAR_HOURS, new Trace(ledger)).run(List.of(training));
        assertEquals(Status.STOPPED_EARLY, training.outcome().status());
        assertEquals(5, training.outcome().chunksDone());
        assertEquals(2.5e20, ledger.spentFlops(Phase.PRETRAINING), 1e6);
        assertEquals(ledger.spentFlops(Phase.PRETRAINING), ledger.allocatedFlops(Phase.PRETRAINING));
        assertEquals(7.5e20, ledger.unspentFlops(Phase.INFERENCE), 1e6);
    }

    @Test
    void aHookMayResizeTheRestWithinTheAllocation() {
        Ledger ledger = Ledger.allocated(1e21, 0, 1e21, 0);
        double half = 1e21 / 6e9 / 2;
        PretrainingPlan plan = new PretrainingPlan(CHINCHILLA, HALF.trainingData(1e9), 1e9, half, 10,
                ComputeConvention.STANDARD);
        TrainingHook extend = (now, chunk, budget) -> chunk.index() == 9
                ? TrainingDecision.resizeRemaining(half / 2) : TrainingDecision.proceed();
        PretrainingProcess training = new PretrainingProcess(plan, extend);
        new Simulation(CLUSTER, ledger, YEAR_HOURS, new Trace(ledger)).run(List.of(training));
        assertEquals(Status.COMPLETED, training.outcome().status());
        assertEquals(15, training.outcome().chunksDone());
        assertEquals(1.5 * half, training.outcome().tokensTrained(), 1e-3);

        Ledger small = Ledger.allocated(1e21, 0, 1e21, 0);
        TrainingHook greedy = (now, chunk, budget) -> TrainingDecision.resizeRemaining(half * 10);
        var error = assertThrows(IllegalStateException.class, () -> new Simulation(CLUSTER, small, YEAR_HOURS,
                EventListener.NONE).run(List.of(new PretrainingProcess(plan, greedy))));
        assertTrue(error.getMessage().startsWith("PRETRAINING: training a 1e9-parameter model on"), error.getMessage());
    }

    @Test
    void aBudgetTooSmallForAnyTrainingHasNoPlan() {
        var error = assertThrows(IllegalArgumentException.class, () -> PretrainingPlan.forFlops(CHINCHILLA,
                HALF.trainingData(1e9), 1e9, 1e9, 10, ComputeConvention.STANDARD));
        assertEquals("trainingFlops: 1e9 FLOPs cannot train a 1e9-parameter model on a single token (6e9 FLOPs per token)",
                error.getMessage());
    }

    @Test
    void aPlanBeyondTheAllocationFailsBeforeAnyWork() {
        Ledger ledger = Ledger.allocated(1e21, 0, 1e20, 0);
        PretrainingPlan plan = new PretrainingPlan(CHINCHILLA, HALF.trainingData(1e9), 1e9, 1e11, 10,
                ComputeConvention.STANDARD);
        var error = assertThrows(IllegalStateException.class, () -> new Simulation(CLUSTER, ledger, YEAR_HOURS,
                EventListener.NONE).run(List.of(new PretrainingProcess(plan, TrainingHook.PROCEED))));
        assertEquals("PRETRAINING: training a 1e9-parameter model on 1e11 more tokens costs 6e20 FLOPs, but only 1e20 are unspent",
                error.getMessage());
        assertEquals(0, ledger.totalSpentFlops());
    }

    @Test
    void selectionBeyondItsAllocationFailsBeforeAnyWork() {
        Ledger ledger = Ledger.allocated(1e21, 1e18, 0, 0);
        var error = assertThrows(IllegalStateException.class, () -> new Simulation(CLUSTER, ledger, YEAR_HOURS,
                EventListener.NONE).run(List.of(new SelectionProcess(HALF, 4))));
        assertEquals("SELECTION: scoring 1e11 pool tokens costs 2e19 FLOPs, but only 1e18 are unspent", error.getMessage());
    }

    @Test
    void theHorizonCutsTrainingAndAPhaseThatNeverStartedHasNoLoss() {
        Ledger ledger = Ledger.allocated(1e22, HALF.selectionFlops(), 9e21, 0);
        PretrainingProcess training = new PretrainingProcess(plan(ledger, 1e9, 10), TrainingHook.PROCEED);
        double midTraining = CLUSTER.hoursFor(HALF.selectionFlops() + 4.6e21);
        new Simulation(CLUSTER, ledger, midTraining, new Trace(ledger))
                .run(List.of(new SelectionProcess(HALF, 4), training));
        PretrainingOutcome cut = training.outcome();
        assertEquals(Status.CUT_BY_HORIZON, cut.status());
        assertEquals(5, cut.chunksDone());
        assertTrue(cut.loss().isPresent());
        assertFalse(cut.finishedAtHours().isPresent());
        assertEquals(4.5e21, ledger.spentFlops(Phase.PRETRAINING), 1e7, "work in flight is not paid");

        Ledger early = Ledger.allocated(1e22, HALF.selectionFlops(), 9e21, 0);
        SelectionProcess selection = new SelectionProcess(HALF, 4);
        PretrainingProcess waiting = new PretrainingProcess(plan(early, 1e9, 10), TrainingHook.PROCEED);
        new Simulation(CLUSTER, early, CLUSTER.hoursFor(HALF.selectionFlops()) / 2, new Trace(early))
                .run(List.of(selection, waiting));
        assertFalse(selection.finished());
        assertEquals(Status.NOT_STARTED, waiting.outcome().status());
        assertTrue(waiting.outcome().loss().isEmpty());
        assertEquals(0, waiting.outcome().tokensTrained());
    }

    @Test
    void aPoolTooSmallForOneEpochIsTrainedOnRepeatedly() {
        TrainingData tiny = TrainingData.unfiltered(1e8);
        Ledger ledger = Ledger.allocated(1e21, 0, 1e21, 0);
        PretrainingProcess training = new PretrainingProcess(PretrainingPlan.forFlops(CHINCHILLA, tiny, 1e9, 1e21, 10,
                ComputeConvention.STANDARD), TrainingHook.PROCEED);
        new Simulation(CLUSTER, ledger, YEAR_HOURS, new Trace(ledger)).run(List.of(training));
        PretrainingOutcome outcome = training.outcome();
        assertEquals(Status.COMPLETED, outcome.status());
        assertTrue(tiny.epochs(outcome.tokensTrained()) > 1000);
        assertTrue(outcome.effectiveTokens() <= 1e8 * (1 + TrainingData.DECAY.tokensHalfLife()));
        assertTrue(outcome.loss().orElseThrow() > CHINCHILLA.loss(1e9, outcome.tokensTrained()));
    }
}
