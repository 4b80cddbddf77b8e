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
 * <p><b>Extension point.</b> The deployment phase (issue 4, second half) adds its query events as
 * records permitted by {@link WorkEvent} (phase {@link Phase#INFERENCE}), with a priority between
 * {@link TrainingChunk#PRIORITY} and {@link HorizonEnd#PRIORITY}, and a {@link PhaseProcess} that
 * schedules them. The kernel needs no other change: it debits any work event and hands it back to
 * the process that scheduled it.
 */
public sealed interface Event permits WorkEvent, HorizonEnd {

    /** Order among events at the same time: lower runs first. */
    int priority();
}
