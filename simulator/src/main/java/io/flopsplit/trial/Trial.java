package io.flopsplit.trial;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.allocation.Sizing;
import io.flopsplit.compute.Checks;
import io.flopsplit.data.TrainingData;
import io.flopsplit.engine.EventListener;
import io.flopsplit.engine.PhaseProcess;
import io.flopsplit.engine.Simulation;
import io.flopsplit.engine.deployment.DeploymentOutcome;
import io.flopsplit.engine.deployment.DeploymentProcess;
import io.flopsplit.engine.selection.SelectionProcess;
import io.flopsplit.engine.training.PretrainingOutcome;
import io.flopsplit.engine.training.PretrainingPlan;
import io.flopsplit.engine.training.PretrainingProcess;
import io.flopsplit.engine.training.TrainingHook;
import io.flopsplit.inference.Strategy;
import io.flopsplit.ledger.BudgetView;
import io.flopsplit.ledger.Ledger;
import io.flopsplit.ledger.Phase;
import io.flopsplit.policy.Policy;
import io.flopsplit.random.RandomStreams;
import io.flopsplit.random.TrialStreams;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Plays one trial: the policy splits the budget (from its belief; the oracle from the true law),
 * the ledger takes the allocations, and the simulator plays data selection, pretraining (under the
 * true law, with the policy's hook reacting to every chunk) and deployment, serving with the
 * policy's strategy at its fixed k or at the largest k the inference account affords for the
 * forecast demand when deployment starts. Deterministic for given streams.
 *
 * <p>Without a scenario file, for example:
 * <pre>{@code
 * World world = Worlds.example(1e23, 1e9);              // io.flopsplit.scenario.Worlds: a budget and a demand
 * TrialStreams streams = new RandomStreams(42).next();
 * for (Policy policy : Policies.all()) {
 *     TrialResult result = Trial.play(world, policy, streams);
 *     System.out.println(policy.name() + " " + result.accuracy());
 * }
 * }</pre>
 */
public final class Trial {

    private Trial() {
    }

    /**
     * Plays {@code policy} in {@code world} with {@code streams}.
     *
     * @throws IllegalArgumentException naming the policy when its allocation cannot be carried out
     */
    public static TrialResult play(World world, Policy policy, TrialStreams streams) {
        return play(world, policy, streams, ledger -> EventListener.NONE);
    }

    /**
     * As {@link #play(World, Policy, TrialStreams)}, with {@code listener} told the trial's ledger (read
     * only) and then every event it runs, in order: for audits of the accounts against the events.
     */
    public static TrialResult play(World world, Policy policy, TrialStreams streams,
                                   Function<BudgetView, EventListener> listener) {
        Setup setup = setUp(world, policy, streams);
        new Simulation(world.hardware(), setup.ledger(), world.horizonHours(), listener.apply(setup.ledger()))
                .run(setup.phases());
        return result(world, policy, setup.allocation(), setup.ledger(), setup.training().outcome(), setup.serving());
    }

    /**
     * Checks, without playing it, that {@code policy} can play a trial in {@code world}: everything
     * {@link #play} refuses before its first event — the allocation, the ledger's accounts, the
     * training plan, the serving strategy and its budget k — and that the trial's work stays within
     * {@link TrialWork#MAX_WORK}. Scenarios are checked so in their nominal world before a run starts.
     *
     * @return the trial's work
     * @throws IllegalArgumentException naming the policy when it cannot play, or its trial is too large
     */
    public static TrialWork check(World world, Policy policy) {
        Setup setup = setUp(world, policy, new RandomStreams(0).next());
        Forecast belief = world.belief();
        Allocation allocation = setup.allocation();
        Strategy strategy = setup.strategy();
        double inferenceAtMost = belief.budgetFlops() - allocation.selectionFlops();
        int k = allocation.k().orElseGet(() -> Sizing.largestAffordableK(strategy,
                belief.deployment(allocation.params()), inferenceAtMost, belief.realQueries()));
        if (k > strategy.maxK()) {
            throw new IllegalArgumentException("policy " + policy.name() + ": k: " + strategy.id()
                    + " is modelled up to k = " + strategy.maxK() + ", was " + k);
        }
        boolean reacts = policy.trainingHook(belief, allocation) != TrainingHook.PROCEED;
        TrialWork work = TrialWork.of(world, allocation.selection().isPresent(), reacts,
                strategy.drawsPerQuery(belief.suite(), k));
        if (work.total() > TrialWork.MAX_WORK) {
            throw new IllegalArgumentException("policy " + policy.name() + ": " + work.problem(strategy.id(), k));
        }
        return work;
    }

    /** What a trial is played with: the allocation on its ledger and the phases that spend it. */
    private record Setup(Allocation allocation, Ledger ledger, Strategy strategy, PretrainingProcess training,
                         DeploymentProcess serving, List<PhaseProcess> phases) {
    }

    private static Setup setUp(World world, Policy policy, TrialStreams streams) {
        Forecast belief = world.belief();
        Forecast truth = world.truth();
        Allocation allocation;
        try {
            allocation = Allocations.of(policy, belief, truth);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("policy " + policy.name() + ": " + e.getMessage(), e);
        }
        if (allocation == null) {
            throw new IllegalArgumentException("policy " + policy.name() + ": allocate returned null, neither an"
                    + " allocation nor a refusal with a message");
        }
        Ledger ledger = allocate(world, policy, belief, allocation);
        TrainingData data = allocation.trainingData(belief);
        PretrainingPlan plan = PretrainingPlan.forFlops(truth.law(), data, allocation.params(),
                ledger.unspentFlops(Phase.PRETRAINING), world.trainingChunks(), belief.convention());
        PretrainingProcess training = new PretrainingProcess(plan, policy.trainingHook(belief, allocation));
        Strategy strategy = allocation.strategy().create(truth.strategies(), allocation.params());
        DeploymentProcess.BudgetRule rule = allocation.k().isPresent()
                ? (setting, inferenceFlops) -> allocation.k().getAsInt()
                : (setting, inferenceFlops) -> Sizing.largestAffordableK(strategy, setting.deployment(), inferenceFlops,
                        belief.realQueries());
        DeploymentProcess serving = DeploymentProcess.after(training, strategy, rule, belief.suite(),
                belief.deployment(allocation.params()), world.demand(), streams);
        List<PhaseProcess> phases = new ArrayList<>();
        allocation.selection().ifPresent(selection -> phases.add(new SelectionProcess(selection,
                world.selectionBatches())));
        phases.add(training);
        phases.add(serving);
        return new Setup(allocation, ledger, strategy, training, serving, phases);
    }

    /**
     * The ledger of {@code allocation}. An allocation that asks for more than the budget is refused
     * (beyond the ledger's rounding tolerance: then training gets what is left, to the FLOP).
     */
    private static Ledger allocate(World world, Policy policy, Forecast belief, Allocation allocation) {
        Ledger ledger = new Ledger(world.budgetFlops());
        double selection = allocation.selectionFlops();
        if (selection > ledger.unallocatedFlops()) {
            throw new IllegalArgumentException("policy " + policy.name() + ": data selection costs more than the budget");
        }
        double excess = selection + allocation.trainingFlops(belief) - world.budgetFlops();
        if (excess > Ledger.RELATIVE_TOLERANCE * world.budgetFlops()) {
            throw new IllegalArgumentException("policy " + policy.name() + ": selection " + Checks.show(selection)
                    + " + training " + Checks.show(allocation.trainingFlops(belief)) + " FLOPs exceed the budget "
                    + Checks.show(world.budgetFlops()));
        }
        ledger.allocate(Phase.SELECTION, selection);
        ledger.allocate(Phase.PRETRAINING, Math.min(allocation.trainingFlops(belief), ledger.unallocatedFlops()));
        ledger.allocateRest(Phase.INFERENCE);
        return ledger;
    }

    private static TrialResult result(World world, Policy policy, Allocation allocation, Ledger ledger,
                                      PretrainingOutcome trained, DeploymentProcess serving) {
        DeploymentOutcome served = serving.outcome();
        boolean deployed = served.startedAtHours().isPresent();
        double demanded = served.realQueries();
        Map<Metric, Double> values = new EnumMap<>(Metric.class);
        values.put(Metric.ACCURACY, demanded > 0 ? Math.min(1, served.correctQueries() / demanded) : 0);
        values.put(Metric.SERVED_ACCURACY, served.servedAny() ? served.accuracy() : 0);
        values.put(Metric.FULL_QUERIES, (double) served.fullQueries());
        values.put(Metric.PARTIAL_QUERIES, (double) served.partialQueries());
        values.put(Metric.DROPPED_QUERIES, (double) (served.droppedQueries() + served.cutQueries()));
        values.put(Metric.LOSS, trained.loss().orElse(0));
        values.put(Metric.PARAMS, allocation.params());
        values.put(Metric.TRAINING_TOKENS, trained.tokensTrained());
        values.put(Metric.K, deployed ? (double) serving.servingK() : 0);
        values.put(Metric.SELECTION_FLOPS, ledger.spentFlops(Phase.SELECTION));
        values.put(Metric.PRETRAINING_FLOPS, ledger.spentFlops(Phase.PRETRAINING));
        values.put(Metric.INFERENCE_FLOPS, ledger.spentFlops(Phase.INFERENCE));
        values.put(Metric.UNSPENT_FLOPS, ledger.totalUnspentFlops());
        values.put(Metric.HOURS_TO_DEPLOY, served.startedAtHours().orElse(world.horizonHours()));
        values.put(Metric.MEDIAN_FLOPS_PER_QUERY, served.medianFlopsPerQuery());
        values.put(Metric.P95_FLOPS_PER_QUERY, served.p95FlopsPerQuery());
        return new TrialResult(policy.name(), allocation.strategy().id(), values);
    }
}
