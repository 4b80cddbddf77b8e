package io.flopsplit.engine.selection;

import io.flopsplit.compute.Checks;
import io.flopsplit.data.DataSelection;
import io.flopsplit.engine.Event;
import io.flopsplit.engine.PhaseProcess;
import io.flopsplit.engine.Scheduler;
import io.flopsplit.ledger.Installments;
import io.flopsplit.ledger.Phase;

/**
 * The data-selection phase: the proxy model scores the whole candidate pool
 * in {@code batches} equal batches, each a {@link SelectionBatch} event that debits
 * {@link Phase#SELECTION} and advances the clock by its hardware time. When the last batch is done
 * the phase finishes and the kept data ({@link DataSelection#trainingData(double)}) is ready.
 *
 * <p>The whole scoring must be affordable when the phase starts: scoring only part of the pool is
 * not modelled, so an allocation short of {@link DataSelection#selectionFlops()} is an
 * {@link IllegalStateException} naming both amounts.
 */
public final class SelectionProcess implements PhaseProcess {

    private final DataSelection selection;
    private final int batches;
    private Installments installments;
    private int batchesDone;
    private double tokensScored;
    private double finishedAtHours = Double.NaN;

    /** Scores {@code selection}'s pool in {@code batches} batches. */
    public SelectionProcess(DataSelection selection, int batches) {
        this.selection = Checks.present("selection", selection);
        this.batches = (int) Checks.inRange("batches", batches, 1, 1_000_000);
    }

    @Override
    public void start(Scheduler scheduler) {
        double flops = selection.selectionFlops();
        if (!scheduler.ledger().canAfford(Phase.SELECTION, flops)) {
            throw new IllegalStateException("SELECTION: scoring " + Checks.show(selection.tokensToScore())
                    + " pool tokens costs " + Checks.show(flops) + " FLOPs, but only "
                    + Checks.show(scheduler.ledger().unspentFlops(Phase.SELECTION)) + " are unspent");
        }
        installments = new Installments(flops, flops / batches);
        scheduleNext(scheduler);
    }

    @Override
    public void onEvent(Event event, Scheduler scheduler) {
        SelectionBatch batch = (SelectionBatch) event;
        batchesDone++;
        tokensScored = batch.tokensSoFar();
        if (batch.last()) {
            finishedAtHours = scheduler.nowHours();
            scheduler.finish();
        } else {
            scheduleNext(scheduler);
        }
    }

    private void scheduleNext(Scheduler scheduler) {
        boolean last = installments.nextIsLast();
        double flops = installments.next();
        double tokens = selection.scorer().tokensScoredBy(flops);
        double soFar = last ? selection.tokensToScore() : tokensScored + tokens;
        scheduler.scheduleAfterWork(new SelectionBatch(batchesDone, tokens, flops, soFar, last));
    }

    /** Whether the whole pool has been scored. */
    public boolean finished() {
        return !Double.isNaN(finishedAtHours);
    }

    /** Batches scored so far. */
    public int batchesDone() {
        return batchesDone;
    }

    /** Pool tokens scored so far. */
    public double tokensScored() {
        return tokensScored;
    }

    /** When scoring finished, in hours; only once {@link #finished()}. */
    public double finishedAtHours() {
        if (!finished()) {
            throw new IllegalStateException("selection has not finished: " + batchesDone + " of " + batches
                    + " batches scored");
        }
        return finishedAtHours;
    }

    public DataSelection selection() {
        return selection;
    }
}
