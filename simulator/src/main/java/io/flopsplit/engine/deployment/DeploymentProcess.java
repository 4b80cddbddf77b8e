package io.flopsplit.engine.deployment;

import io.flopsplit.arrivals.ArrivalTimes;
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
import io.flopsplit.tasks.DifficultyDistribution;
import io.flopsplit.tasks.Problem;
import io.flopsplit.tasks.TaskSuite;
import java.util.function.Supplier;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The deployment phase: queries arrive over the {@link Demand}'s window, which opens when the
 * process starts (when pretraining finishes), and each is a {@link Query} event that draws a problem
 * and is answered by the serving strategy, debiting {@link Phase#INFERENCE} for all the real queries
 * it stands for. Each query draws its difficulty from the suite (PROBLEMS stream), meets the model's
 * ability θ(L) at the deployed loss, and is answered by the plan's sampler in bulk — every sample,
 * vote or search step of the query at once, from the SAMPLES stream, verifier scores from
 * VERIFIER_SCORES and difficulty estimates from DIFFICULTY_ESTIMATES. Arrival times come from the
 * ARRIVALS stream alone, and problems from PROBLEMS alone, so two deployments of the same trial meet
 * the same arrivals and the same problems whatever they serve (common random numbers).
 *
 * <p>One query is in flight at a time: the next arrival is scheduled when the previous one has run,
 * already answered and priced, and only if the account can pay for it; otherwise the
 * {@link Exhaustion} rule decides, and a query nobody can pay for runs as a dropped query costing
 * nothing. So the kernel never meets an overdraft, provided nothing else takes FLOPs out of
 * INFERENCE while deployment runs. Serving latency and capacity are not modelled: a query is
 * answered at its arrival time. The horizon may cut the window; arrivals after it never run.
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
    private ServingPlans plans;
    private ArrivalTimes arrivals;
    private UniformRandomProvider problems;
    private QueryStreams answers;
    private DifficultyDistribution difficulty;
    private double ability;
    private double discrimination;
    private double startedAtHours = -1;
    private boolean completed;
    private int nextIndex;

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
        return training.outcome().loss().orElseThrow(() -> new IllegalStateException(
                "deployment: the model has no loss yet, no chunk of pretraining has finished"));
    }

    @Override
    public void start(Scheduler scheduler) {
        setting = settingAtStart.get();
        k = Strategy.checkK(budgetRule.k(setting, scheduler.ledger().unspentFlops(Phase.INFERENCE)));
        startedAtHours = scheduler.nowHours();
        tally = new DeploymentTally(demand.queryWeight());
        plans = new ServingPlans(strategy, k, setting, demand.queryWeight(), demand.exhaustion());
        TaskSuite suite = setting.suite();
        difficulty = suite.difficulty();
        ability = suite.ability().ability(setting.loss());
        discrimination = suite.discrimination();
        arrivals = demand.arrivals().draw(demand.expectedQueries(), streams.stream(Purpose.ARRIVALS));
        problems = streams.stream(Purpose.PROBLEMS);
        answers = QueryStreams.of(streams);
        scheduleNext(scheduler);
    }

    @Override
    public void onEvent(Event event, Scheduler scheduler) {
        tally.add((Query) event);
        scheduleNext(scheduler);
    }

    /** Draws the next arrival, answers it and schedules it at its time; finishes after the last. */
    private void scheduleNext(Scheduler scheduler) {
        if (!arrivals.hasNext()) {
            completed = true;
            scheduler.finish();
            return;
        }
        double atHours = startedAtHours + arrivals.next() * demand.windowHours();
        Problem problem = new Problem(difficulty.sample(problems), ability, discrimination);
        scheduler.scheduleAt(Math.max(atHours, scheduler.nowHours()),
                plans.serve(nextIndex++, problem, scheduler.ledger(), answers));
    }

    /** The budget k deployment serves with, decided when it started. */
    public int servingK() {
        requireStarted("servingK");
        return k;
    }

    /** What deployment has served; final once the simulation has run. */
    public DeploymentOutcome outcome() {
        if (tally == null) {
            return DeploymentOutcome.notStarted(demand.queryWeight());
        }
        DeploymentOutcome.Status status = completed ? DeploymentOutcome.Status.COMPLETED
                : DeploymentOutcome.Status.CUT_BY_HORIZON;
        return tally.outcome(status, startedAtHours, arrivals.count());
    }

    /** The plan serving queries at the full budget; only once deployment has started. */
    public Plan servingPlan() {
        requireStarted("the serving plan");
        return plans.full();
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
