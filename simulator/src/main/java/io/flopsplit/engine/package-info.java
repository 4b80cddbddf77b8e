/**
 * The event-driven simulator of one trial: a {@link io.flopsplit.engine.Ledger} of
 * the budget by {@link io.flopsplit.engine.Phase}, a {@link io.flopsplit.engine.Simulation} kernel
 * with a clock in hours ({@link io.flopsplit.engine.Hardware}) and events ordered by (time,
 * priority, insertion sequence), and the phases played on it: data selection in batches
 * ({@link io.flopsplit.engine.SelectionProcess}), pretraining in chunks
 * ({@link io.flopsplit.engine.PretrainingProcess}), whose chunk events a
 * {@link io.flopsplit.engine.TrainingHook} may react to, and deployment
 * ({@link io.flopsplit.engine.DeploymentProcess}), in which queries arrive as a Poisson process or
 * along a demand curve ({@link io.flopsplit.engine.Demand}, {@link io.flopsplit.engine.Arrivals})
 * and each is one {@link io.flopsplit.engine.Query} event, answered by a test-time strategy and paid
 * from the inference account until it runs out ({@link io.flopsplit.engine.Exhaustion}).
 *
 * <p>One trial:
 * <pre>{@code
 * Ledger ledger = Ledger.allocated(1e22, 2.5e19, 9e21, 0);
 * ledger.allocateRest(Phase.INFERENCE);
 * var selection = new DataSelection(DataPool.ofUnique(5e10), ProxyScorer.perplexity(125e6), 0.5,
 *         new QualityMultiplier(0.5, 2));
 * var plan = PretrainingPlan.forFlops(LawProfiles.find("chinchilla").orElseThrow().law(),
 *         selection.trainingData(), 1e9, ledger.unspentFlops(Phase.PRETRAINING), 100, ComputeConvention.STANDARD);
 * var training = new PretrainingProcess(plan, TrainingHook.PROCEED);
 * TrialStreams streams = new RandomStreams(42).next();
 * Demand demand = Demand.ofRealQueries(1e9, 1e4, 24 * 90, Arrivals.poisson(), Exhaustion.SERVE_PAID);
 * var serving = DeploymentProcess.after(training, new BestOfKOracle(), 16, SuitePresets.resolve("math-like"),
 *         Deployment.of(1e9), demand, streams);
 * new Simulation(Hardware.cluster(1024, 989e12, 0.4), ledger, 24 * 365, EventListener.NONE)
 *         .run(List.of(new SelectionProcess(selection, 20), training, serving));
 * PretrainingOutcome trained = training.outcome();   // loss, tokens, time to deploy
 * DeploymentOutcome served = serving.outcome();      // queries served, accuracy, FLOPs per query
 * }</pre>
 */
package io.flopsplit.engine;
