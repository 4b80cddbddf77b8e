/**
 * The event-driven simulator of one trial: a {@link io.flopsplit.engine.Ledger} of
 * the budget by {@link io.flopsplit.engine.Phase}, a {@link io.flopsplit.engine.Simulation} kernel
 * with a clock in hours ({@link io.flopsplit.engine.Hardware}) and events ordered by (time,
 * priority, insertion sequence), and the phases played on it: data selection in batches
 * ({@link io.flopsplit.engine.SelectionProcess}) and pretraining in chunks
 * ({@link io.flopsplit.engine.PretrainingProcess}), whose chunk events a
 * {@link io.flopsplit.engine.TrainingHook} may react to.
 *
 * <p>One trial, without deployment:
 * <pre>{@code
 * Ledger ledger = Ledger.allocated(1e22, 2.5e19, 9.9e21, 0);
 * var selection = new DataSelection(DataPool.ofUnique(5e10), ProxyScorer.perplexity(125e6), 0.5,
 *         new QualityMultiplier(0.5, 2));
 * var plan = PretrainingPlan.forFlops(LawProfiles.find("chinchilla").orElseThrow().law(),
 *         selection.trainingData(), 1e9, ledger.unspentFlops(Phase.PRETRAINING), 100, ComputeConvention.STANDARD);
 * var training = new PretrainingProcess(plan, TrainingHook.PROCEED);
 * new Simulation(Hardware.cluster(1024, 989e12, 0.4), ledger, 24 * 365, EventListener.NONE)
 *         .run(List.of(new SelectionProcess(selection, 20), training));
 * PretrainingOutcome outcome = training.outcome();   // loss, tokens, time to deploy
 * }</pre>
 *
 * <p>Deployment (query serving) is not here yet: it is a further {@link io.flopsplit.engine.PhaseProcess}
 * spending {@link io.flopsplit.engine.Phase#INFERENCE}, with its query events added to
 * {@link io.flopsplit.engine.WorkEvent}'s permitted family (see {@link io.flopsplit.engine.Event}).
 */
package io.flopsplit.engine;
