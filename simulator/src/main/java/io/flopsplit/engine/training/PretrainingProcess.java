package io.flopsplit.engine.training;

import io.flopsplit.compute.Checks;
import io.flopsplit.engine.Event;
import io.flopsplit.engine.PhaseProcess;
import io.flopsplit.engine.Scheduler;
import io.flopsplit.engine.training.PretrainingOutcome.Status;
import io.flopsplit.ledger.BudgetView;
import io.flopsplit.ledger.Installments;
import io.flopsplit.ledger.OverdraftException;
import io.flopsplit.ledger.Phase;
import java.util.OptionalDouble;

/**
 * The pretraining phase: the plan's tokens trained in equal chunks, each a
 * {@link TrainingChunk} event that debits {@link Phase#PRETRAINING} (6·N·D by default), advances the
 * clock by its hardware time, and carries the loss so far. After every chunk the {@link TrainingHook}
 * decides whether to go on, stop, or resize the tokens still to train.
 *
 * <p>Affordability is checked up front and on every resize: a plan costing more than the unspent
 * pretraining allocation is an {@link OverdraftException} naming both amounts. Chunks are paid in
 * {@link Installments}, so they never add up to more than what was checked. A plan too small for one
 * token cannot exist ({@link PretrainingPlan#forFlops}).
 */
public final class PretrainingProcess implements PhaseProcess {

    private final PretrainingPlan plan;
    private final TrainingHook hook;
    private Installments installments;
    private Status status = Status.NOT_STARTED;
    private double plannedTokens;
    private double tokensTrained;
    private int chunksScheduled;
    private TrainingChunk lastChunk;
    private double finishedAtHours = -1;

    /** Trains {@code plan}, asking {@code hook} after every chunk. */
    public PretrainingProcess(PretrainingPlan plan, TrainingHook hook) {
        this.plan = Checks.present("plan", plan);
        this.hook = Checks.present("hook", hook);
        this.plannedTokens = plan.tokens();
    }

    @Override
    public void start(Scheduler scheduler) {
        requireAffordable(scheduler.ledger(), plan.flops(), plan.tokens());
        status = Status.CUT_BY_HORIZON;
        installments = new Installments(plan.flops(), plan.chunkTokens() * plan.flopsPerToken());
        scheduleNext(scheduler);
    }

    @Override
    public void onEvent(Event event, Scheduler scheduler) {
        TrainingChunk chunk = (TrainingChunk) event;
        lastChunk = chunk;
        tokensTrained = chunk.tokensSoFar();
        TrainingDecision decision = hook.onChunk(scheduler.nowHours(), chunk, scheduler.ledger());
        if (decision instanceof TrainingDecision.Stop stop) {
            end(scheduler, chunk.last() ? Status.COMPLETED : Status.STOPPED_EARLY);
            if (stop.moveUnspentTo() != null) {
                scheduler.ledger().reallocateUnspent(Phase.PRETRAINING, stop.moveUnspentTo());
            }
        } else if (decision instanceof TrainingDecision.Resize resize) {
            resize(scheduler, resize.remainingTokens());
        } else if (chunk.last()) {
            end(scheduler, Status.COMPLETED);
        } else {
            scheduleNext(scheduler);
        }
    }

    private void resize(Scheduler scheduler, double remainingTokens) {
        if (remainingTokens == 0) {
            end(scheduler, Status.STOPPED_EARLY);
            return;
        }
        double flops = Checks.finite("remainingTokens × flopsPerToken", remainingTokens * plan.flopsPerToken());
        requireAffordable(scheduler.ledger(), flops, remainingTokens);
        if (remainingTokens / plan.chunkTokens() > PretrainingPlan.MAX_CHUNKS) {
            throw new IllegalArgumentException("remainingTokens: " + Checks.show(remainingTokens) + " tokens need more than "
                    + PretrainingPlan.MAX_CHUNKS + " chunks of " + Checks.show(plan.chunkTokens()));
        }
        plannedTokens = tokensTrained + remainingTokens;
        installments.replan(flops, plan.chunkTokens() * plan.flopsPerToken());
        scheduleNext(scheduler);
    }

    private void scheduleNext(Scheduler scheduler) {
        boolean last = installments.nextIsLast();
        double flops = installments.next();
        double tokens = flops / plan.flopsPerToken();
        double soFar = last ? plannedTokens : tokensTrained + tokens;
        var data = plan.data();
        scheduler.scheduleAfterWork(new TrainingChunk(chunksScheduled++, plan.params(), tokens, flops, soFar,
                data.effectiveTokens(soFar), data.loss(plan.law(), plan.params(), soFar), last));
    }

    private void end(Scheduler scheduler, Status ended) {
        status = ended;
        finishedAtHours = scheduler.nowHours();
        scheduler.finish();
    }

    private void requireAffordable(BudgetView budget, double flops, double tokens) {
        if (!budget.canAfford(Phase.PRETRAINING, flops)) {
            throw new OverdraftException(Phase.PRETRAINING, "PRETRAINING: training a " + Checks.show(plan.params())
                    + "-parameter model on " + Checks.show(tokens) + " more tokens costs " + Checks.show(flops)
                    + " FLOPs, but only " + Checks.show(budget.unspentFlops(Phase.PRETRAINING)) + " are unspent");
        }
    }

    /** Where training stands: final once the simulation has run. */
    public PretrainingOutcome outcome() {
        boolean trained = lastChunk != null;
        return new PretrainingOutcome(status, plan.params(), plannedTokens, tokensTrained,
                trained ? lastChunk.effectiveTokensSoFar() : 0, trained ? lastChunk.index() + 1 : 0,
                trained ? OptionalDouble.of(lastChunk.lossSoFar()) : OptionalDouble.empty(),
                finishedAtHours >= 0 ? OptionalDouble.of(finishedAtHours) : OptionalDouble.empty());
    }

    public PretrainingPlan plan() {
        return plan;
    }
}
