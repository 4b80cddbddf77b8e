package io.flopsplit.engine;

import io.flopsplit.compute.ComputeConvention;
import io.flopsplit.data.DataPool;
import io.flopsplit.data.DataSelection;
import io.flopsplit.data.ProxyScorer;
import io.flopsplit.data.QualityMultiplier;
import io.flopsplit.engine.selection.SelectionProcess;
import io.flopsplit.engine.training.PretrainingOutcome;
import io.flopsplit.engine.training.PretrainingPlan;
import io.flopsplit.engine.training.PretrainingProcess;
import io.flopsplit.engine.training.TrainingDecision;
import io.flopsplit.engine.training.TrainingHook;
import io.flopsplit.laws.LawProfiles;
import io.flopsplit.laws.LossLaw;
import io.flopsplit.ledger.Ledger;
import io.flopsplit.ledger.Phase;
import java.util.List;

/**
 * The inputs of one selection-then-pretraining trial, as the engine's property tests generate them:
 * everything a trial depends on, so that two runs of the same setup must match event for event.
 *
 * @param budgetFlops total budget, 1e15–1e30
 * @param selectionShare fraction of the budget allocated to selection
 * @param trainingShare fraction allocated to pretraining
 * @param poolTokens candidate pool size (all unique)
 * @param scorerUse fraction of the selection allocation the scoring costs, below 1
 * @param keptFraction fraction of the pool kept
 * @param paramsPosition where N lies between 1e3 and the largest model the allocation trains on one token, in [0, 1]
 * @param planShare fraction of the pretraining allocation the plan spends
 * @param chunks training chunks
 * @param batches selection batches
 * @param hook 0 proceed, 1 stop at chunk {@code hookChunk}, 2 stop there and move the rest to inference, 3 resize there
 * @param hookChunk the chunk the hook acts at
 * @param peakExponent log10 of the hardware's peak FLOP/s
 * @param horizonFactor horizon as a multiple of the time all planned work takes
 * @param law the loss law's profile id
 */
record TrialSetup(double budgetFlops, double selectionShare, double trainingShare, double poolTokens,
                  double scorerUse, double keptFraction, double paramsPosition, double planShare, int chunks,
                  int batches, int hook, int hookChunk, double peakExponent, double horizonFactor, String law) {

    /** The outcome of one run: its trace and where every phase ended. */
    record Run(List<Trace.Fired> trace, PretrainingOutcome training, double selectionTokens, Ledger ledger) {
    }

    Run run() {
        Ledger ledger = Ledger.allocated(budgetFlops, selectionShare * budgetFlops, trainingShare * budgetFlops, 0);
        ledger.allocateRest(Phase.INFERENCE);
        DataSelection selection = selection();
        LossLaw lossLaw = LawProfiles.find(law).orElseThrow().law();
        double trainingFlops = planShare * ledger.unspentFlops(Phase.PRETRAINING);
        PretrainingPlan plan = PretrainingPlan.forFlops(lossLaw, selection.trainingData(params()), params(), trainingFlops,
                chunks, ComputeConvention.STANDARD);
        Hardware hardware = new Hardware(Math.pow(10, peakExponent), 0.4);
        double horizon = horizonFactor * hardware.hoursFor(selection.selectionFlops() + plan.flops());
        Trace trace = new Trace(ledger);
        SelectionProcess selecting = new SelectionProcess(selection, batches);
        PretrainingProcess training = new PretrainingProcess(plan, hook(plan));
        new Simulation(hardware, ledger, Math.max(horizon, Double.MIN_NORMAL), trace).run(List.of(selecting, training));
        return new Run(trace.fired(), training.outcome(), selecting.tokensScored(), ledger);
    }

    DataSelection selection() {
        double scorerParams = scorerUse * selectionShare * budgetFlops / (2 * poolTokens);
        return new DataSelection(DataPool.ofUnique(poolTokens), ProxyScorer.perplexity(scorerParams), keptFraction,
                new QualityMultiplier(0.7, 0.1), 0.5);
    }

    double params() {
        double largest = Math.log10(trainingShare * planShare * budgetFlops / 6);
        return Math.pow(10, 3 + paramsPosition * (largest - 3));
    }

    private TrainingHook hook(PretrainingPlan plan) {
        return (now, chunk, budget) -> {
            if (chunk.index() != hookChunk || hook == 0) {
                return TrainingDecision.proceed();
            }
            if (hook == 1) {
                return TrainingDecision.stop();
            }
            if (hook == 2) {
                return TrainingDecision.stopAndMoveUnspentTo(Phase.INFERENCE);
            }
            return TrainingDecision.resizeRemaining(0.5 * budget.unspentFlops(Phase.PRETRAINING) / plan.flopsPerToken());
        };
    }
}
