package io.flopsplit.engine.deployment;

import io.flopsplit.arrivals.RealArrivals;
import io.flopsplit.compute.Checks;
import io.flopsplit.engine.Event;
import io.flopsplit.engine.PhaseProcess;
import io.flopsplit.engine.Scheduler;
import io.flopsplit.engine.training.PretrainingProcess;
import io.flopsplit.inference.Deployment;
import io.flopsplit.inference.Plan;
import io.flopsplit.inference.QueryStreams;
import io.flopsplit.inference.Setting;
import io.flopsplit.inference.Strategy;
import io.flopsplit.ledger.Phase;
import io.flopsplit.random.Purpose;
import io.flopsplit.random.TrialStreams;
import io.flopsplit.tasks.TaskSuite;
import java.util.function.Supplier;

/**
 * The deployment phase: real queries arrive over the {@link Demand}'s window, which opens when the
 * process starts (when pretraining finishes), and are served in {@link QueryBatch} events, each
 * debiting {@link Phase#INFERENCE} for its queries. The number of real queries R is drawn once, at
 * the start, from the ARRIVALS stream (Poisson around the demand's mean, split at the horizon; see
 * {@link RealArrivals}), so the budget runs out on real demand: a policy that planned for the mean
 * drops only what real demand exceeds it by.
 *
 * <p>One batch is in flight at a time. A batch starts at the next real query, at the level the
 * account can then pay ({@link ServingLevels}: the full plan, or the {@link Exhaustion} rule's), and
 * ends where the account would run short at that level, where the horizon falls, or at the window's
 * last query; it runs when its last query arrives (an order statistic of the arrivals), so the
 * kernel plays arrivals, exhaustion and the horizon as they happen: a batch past the horizon is cut
 * by the kernel and never paid. Its correct answers are the queries times the level's expected
 * accuracy over the suite ({@link Outcomes#EXPECTED}), or counted from sampled outcomes
 * ({@link SimulatedSample}). Arrivals come from the ARRIVALS stream alone and problems from PROBLEMS
 * alone, so two deployments of the same trial meet the same queries whatever they serve (common
 * random numbers). Serving latency and capacity are not modelled: a query is answered at its
 * arrival time.
 */
public final class DeploymentProcess implements PhaseProcess {

    private final Strategy strategy;
    private final BudgetRule budgetRule;
    private int k;
    private final Supplier<Setting> settingAtStart;
    private final Demand demand;
    private final TrialStreams streams;
    private Setting setting;
    private DeploymentTally tally;
    private ServingLevels levels;
    private RealArrivals arrivals;
    private SimulatedSample sample;
    private double startedAtHours = -1;
    private boolean completed;
    private long next;

    /** Serves {@code strategy} at budget {@code k} in {@code setting} (suite, deployed loss, query tokens). */
    public DeploymentProcess(Strategy strategy, int k, Setting setting, Demand demand, TrialStreams streams) {
        this(strategy, fixed(k), () -> setting, demand, streams);
        Checks.present("setting", setting);
    }

    /**
     * Chooses the strategy's budget k when deployment starts, from the deployed setting and the
     * FLOPs the inference account then holds (e.g. the largest k they afford for the forecast demand,
     * so that what an early stop saved is spent).
     */
    @FunctionalInterface
    public interface BudgetRule {
        /** The budget k to serve with; at least 1. */
        int k(Setting setting, double inferenceFlops);
    }

    private static BudgetRule fixed(int k) {
        Strategy.checkK(k);
        return (setting, inferenceFlops) -> k;
    }

    private DeploymentProcess(Strategy strategy, BudgetRule budgetRule, Supplier<Setting> settingAtStart,
                              Demand demand, TrialStreams streams) {
        this.strategy = Checks.present("strategy", strategy);
        this.budgetRule = Checks.present("budgetRule", budgetRule);
        this.settingAtStart = settingAtStart;
        this.demand = Checks.present("demand", demand);
        this.streams = Checks.present("streams", streams);
    }

    /**
     * Deploys the model {@code training} trains, at the loss it has reached when deployment starts
     * (after an early stop, the loss it stopped at): the setting is made then, from {@code suite} and
     * {@code deployment}, whose model size must be the training plan's.
     */
    public static DeploymentProcess after(PretrainingProcess training, Strategy strategy, int k, TaskSuite suite,
                                          Deployment deployment, Demand demand, TrialStreams streams) {
        return after(training, strategy, fixed(k), suite, deployment, demand, streams);
    }

    /** As {@link #after(PretrainingProcess, Strategy, int, TaskSuite, Deployment, Demand, TrialStreams)}, choosing k at the start. */
    public static DeploymentProcess after(PretrainingProcess training, Strategy strategy, BudgetRule budgetRule,
                                          TaskSuite suite, Deployment deployment, Demand demand,
                                          TrialStreams streams) {
        Checks.present("training", training);
        Checks.present("suite", suite);
        Checks.present("deployment", deployment);
        if (deployment.params() != training.plan().params()) {
            throw new IllegalArgumentException("deployment.params: must be the trained model's "
                    + Checks.show(training.plan().params()) + ", was " + Checks.show(deployment.params()));
        }
        return new DeploymentProcess(strategy, budgetRule,
                () -> new Setting(suite, trainedLoss(training), deployment), demand, streams);
    }

    private static double trainedLoss(PretrainingProcess training) {
        return training.lossReached().orElseThrow(() -> new IllegalStateException(
                "deployment: the model has no loss yet, no chunk of pretraining has finished"));
    }

    @Override
    public void start(Scheduler scheduler) {
        setting = settingAtStart.get();
        k = Strategy.checkK(budgetRule.k(setting, scheduler.ledger().unspentFlops(Phase.INFERENCE)));
        startedAtHours = scheduler.nowHours();
        tally = new DeploymentTally();
        levels = new ServingLevels(strategy, k, setting, demand.exhaustion());
        double horizonFraction = (scheduler.horizonHours() - startedAtHours) / demand.windowHours();
        arrivals = demand.arrivals().drawReal(demand.realQueries(), horizonFraction, streams.stream(Purpose.ARRIVALS));
        long real = arrivals.count();
        if (real > 0 && demand.samplesOutcomes(real)) {
            sample = new SimulatedSample(real, demand.simulatedFor(real), setting, streams.stream(Purpose.PROBLEMS),
                    QueryStreams.of(streams));
        }
        scheduleNext(scheduler);
    }

    @Override
    public void onEvent(Event event, Scheduler scheduler) {
        tally.add((QueryBatch) event);
        scheduleNext(scheduler);
    }

    /** Makes the next batch and schedules it when its last query arrives; finishes after the window's last. */
    private void scheduleNext(Scheduler scheduler) {
        long real = arrivals.count();
        if (next == real) {
            completed = true;
            scheduler.finish();
            return;
        }
        long boundary = next < arrivals.beforeHorizon() ? arrivals.beforeHorizon() : real;
        ServingLevels.Level level = levels.next(scheduler.ledger());
        long queries = level == null ? boundary - next
                : Math.max(1, ServingLevels.affordableQueries(scheduler.ledger(), level.flopsPerQuery(), boundary - next));
        QueryBatch batch = level == null
                ? new QueryBatch(next, queries, QueryBatch.Service.DROPPED, 0, 0, 0)
                : new QueryBatch(next, queries, level.service(), level.k(), level.flopsPerQuery(), correct(level, queries));
        double atHours = startedAtHours + arrivals.fractionOf(next + queries) * demand.windowHours();
        if (next + queries <= arrivals.beforeHorizon()) {
            atHours = Math.min(atHours, scheduler.horizonHours());
        }
        next += queries;
        scheduler.scheduleAt(Math.max(atHours, scheduler.nowHours()), batch);
    }

    private double correct(ServingLevels.Level level, long queries) {
        double correct = sample != null ? sample.correct(next, queries, level.plan()) : queries * level.accuracy();
        return Math.min(queries, correct);
    }

    /** The budget k deployment serves with, decided when it started. */
    public int servingK() {
        requireStarted("servingK");
        return k;
    }

    /** What deployment has served; final once the simulation has run. */
    public DeploymentOutcome outcome() {
        if (tally == null) {
            return DeploymentOutcome.notStarted();
        }
        DeploymentOutcome.Status status = completed ? DeploymentOutcome.Status.COMPLETED
                : DeploymentOutcome.Status.CUT_BY_HORIZON;
        return tally.outcome(status, startedAtHours, arrivals.count());
    }

    /** The plan serving queries at the full budget; only once deployment has started. */
    public Plan servingPlan() {
        requireStarted("the serving plan");
        return levels.full().plan();
    }

    /** Where the model is deployed: the suite, its loss and its query tokens; only once deployment has started. */
    public Setting setting() {
        requireStarted("the setting");
        return setting;
    }

    private void requireStarted(String what) {
        if (setting == null) {
            throw new IllegalStateException("deployment has not started: " + what + " is made when it does");
        }
    }

    public Demand demand() {
        return demand;
    }
}
