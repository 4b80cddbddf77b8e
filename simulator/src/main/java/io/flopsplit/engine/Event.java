package io.flopsplit.engine;

/**
 * Something that happens at one instant of a trial's simulated clock. The family is
 * closed: {@link WorkEvent}s complete a piece of phase work and debit its FLOPs, and
 * {@link HorizonEnd} ends the trial.
 *
 * <p>Events are ordered by (time, {@link #priority()}, insertion sequence): at equal times the lower
 * priority runs first, and equal priorities run in the order they were scheduled, so a trial is
 * deterministic event for event. Events are immutable records; their time is kept by the queue,
 * not by the event.
 *
 * <p>Priorities: {@code SelectionBatch.PRIORITY} 10, {@code TrainingChunk.PRIORITY} 20,
 * {@code QueryBatch.PRIORITY} 30, {@link HorizonEnd#PRIORITY} last.
 *
 * <p><b>Extension point.</b> A new phase, in a package of its own, adds its events as records
 * implementing {@link WorkEvent} (open for this), with a priority of its own, and a {@link PhaseProcess} that schedules them, as deployment's
 * {@code QueryBatch} events and {@code DeploymentProcess} do. The kernel needs no other change: it debits
 * any work event and hands it back to the process that scheduled it.
 */
public sealed interface Event permits WorkEvent, HorizonEnd {

    /** Order among events at the same time: lower runs first. */
    int priority();
}
