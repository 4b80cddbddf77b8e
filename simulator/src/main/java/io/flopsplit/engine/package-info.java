/**
 * The event kernel of one trial: a {@link io.flopsplit.engine.Simulation} with a clock in hours
 * (from {@link io.flopsplit.engine.Hardware} throughput), a queue of {@link io.flopsplit.engine.Event}s
 * ordered by (time, priority, insertion sequence), and the {@link io.flopsplit.engine.PhaseProcess}es
 * it plays one after the other, each debiting its {@link io.flopsplit.engine.WorkEvent}s from the
 * trial's {@link io.flopsplit.ledger.Ledger}. The kernel knows no phase: the built-in ones live in
 * {@code engine.selection} (scoring the pool in batches), {@code engine.training} (pretraining in
 * chunks, with the training hook policies implement) and {@code engine.deployment} (queries served by
 * a test-time strategy until the inference account runs out); a new phase is a package of its own
 * with a process and its work events.
 *
 * <p>One trial:
 * <pre>{@code
 * Ledger ledger = Ledger.allocated(1e22, 2.5e19, 9e21, 0);
 * ledger.allocateRest(Phase.INFERENCE);
 * var selection = SelectionOptions.defaults(SelectionMethod.PERPLEXITY).of(DataPool.ofUnique(5e10));
 * var plan = PretrainingPlan.forFlops(LawProfiles.find("chinchilla").orElseThrow().law(),
 *         selection.trainingData(1e9), 1e9, ledger.unspentFlops(Phase.PRETRAINING), 100, ComputeConvention.STANDARD);
 * var training = new PretrainingProcess(plan, TrainingHook.PROCEED);
 * TrialStreams streams = new RandomStreams(42).next();
 * Demand demand = Demand.ofRealQueries(1e9, 1e4, 24 * 90, Arrivals.poisson(), Exhaustion.SERVE_PAID);
 * var serving = DeploymentProcess.after(training, new BestOfKOracle(), 16, SuitePresets.resolve("math-like"),
 *         new Deployment(1e9, 200, 280, ComputeConvention.STANDARD), demand, streams);
 * new Simulation(Hardware.cluster(1024, 989e12, 0.4), ledger, 24 * 365, EventListener.NONE)
 *         .run(List.of(new SelectionProcess(selection, 20), training, serving));
 * PretrainingOutcome trained = training.outcome();   // loss, tokens, time to deploy
 * DeploymentOutcome served = serving.outcome();      // queries served, accuracy, FLOPs per query
 * }</pre>
 */
package io.flopsplit.engine;
