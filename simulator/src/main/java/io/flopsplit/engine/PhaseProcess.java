package io.flopsplit.engine;

/**
 * One phase of a trial played out on the simulated clock: data selection
 * ({@code SelectionProcess}), pretraining ({@code PretrainingProcess}) and deployment
 * ({@code DeploymentProcess}). A {@link Simulation} runs its processes one after the other:
 * it starts a process, hands it back every event it scheduled, and starts the next one at the
 * instant the current one calls {@link Scheduler#finish()}.
 *
 * <p>A process must only schedule work its phase can pay for: the kernel debits each
 * {@link WorkEvent} when it fires and treats an overdraft as a bug ({@link IllegalStateException}).
 * This interface is the extension point for new phases; implementations are mutable and belong to
 * one trial.
 */
public interface PhaseProcess {

    /** Called once when the process's turn comes; schedules its first event or finishes at once. */
    void start(Scheduler scheduler);

    /** Called for every event this process scheduled, after the ledger has been debited for it. */
    void onEvent(Event event, Scheduler scheduler);
}
