package io.flopsplit.engine.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.arrivals.Arrivals;
import io.flopsplit.arrivals.RealArrivals;
import io.flopsplit.engine.HorizonEnd;
import io.flopsplit.engine.Trace;
import io.flopsplit.engine.deployment.DeploymentOutcome.Status;
import io.flopsplit.inference.Adaptive;
import io.flopsplit.inference.BestOfKOracle;
import io.flopsplit.inference.Greedy;
import io.flopsplit.inference.MajorityVote;
import io.flopsplit.ledger.LedgerInvariants;
import io.flopsplit.ledger.Phase;
import io.flopsplit.random.Purpose;
import io.flopsplit.random.TrialStreams;
import io.flopsplit.statistics.RunningMoments;
import io.flopsplit.tabulation.SuccessCurve;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The deployment phase served in batches on the kernel: real demand, budgets running out, outcomes, edges. */
class DeploymentTest {

    static final double WINDOW_HOURS = 24 * 30;

    static DeploymentSetup setup(double inferenceFlops, String strategy, int k, Demand demand) {
        return new DeploymentSetup(inferenceFlops, 1e9, strategy, k, demand, 2 * WINDOW_HOURS, 11);
    }

    static Demand demand(double realQueries, Exhaustion exhaustion) {
        return Demand.poisson(realQueries, WINDOW_HOURS, exhaustion);
    }

    @Test
    void expectedOutcomesCountThePlansExpectedAccuracyOverTheSuite() {
        for (String strategy : List.of(BestOfKOracle.ID, MajorityVote.ID, Greedy.ID, Adaptive.ID)) {
            DeploymentSetup setup = setup(1e30, strategy, 8, new Demand(1e9, 1000, WINDOW_HOURS, Arrivals.poisson(),
                    Exhaustion.DROP, Outcomes.EXPECTED));
            DeploymentSetup.Run run = setup.run();
            double expected = setup.strategy().plan(setup.setting(), 8).accuracy(setup.setting().problems());
            assertEquals(expected, run.outcome().accuracy(), 2 * SuccessCurve.TOLERANCE, strategy);
            assertEquals(run.outcome().realQueries(), run.outcome().fullQueries());
            assertEquals(1, run.outcome().batches(), "nothing can happen between the queries of a paid window");
        }
    }

    @Test
    void sampledOutcomesAgreeWithExpectedOnesWithinTheirInterval() {
        for (String strategy : List.of(BestOfKOracle.ID, MajorityVote.ID, Greedy.ID)) {
            for (Arrivals arrivals : List.of(Arrivals.poisson(), Arrivals.demandCurve(0, 0.2, 0.5, 1, 1, 3))) {
                Demand sampled = new Demand(1e8, 500, WINDOW_HOURS, arrivals, Exhaustion.SERVE_PAID, Outcomes.SAMPLED);
                RunningMoments accuracy = new RunningMoments();
                double expected = 0;
                for (long seed = 0; seed < 120; seed++) {
                    DeploymentSetup budgeted = new DeploymentSetup(0, 1e9, strategy, 8, sampled, WINDOW_HOURS, seed);
                    double flops = 0.7e8 * budgeted.queryFlops(8);
                    accuracy.add(withBudget(budgeted, flops).run().outcome().accuracy());
                    expected = withBudget(new DeploymentSetup(0, 1e9, strategy, 8, sampled.withOutcomes(Outcomes.EXPECTED),
                            WINDOW_HOURS, seed), flops).run().outcome().accuracy();
                }
                double standardError = Math.sqrt(accuracy.variance() / accuracy.count());
                assertEquals(expected, accuracy.mean(), 4 * standardError + 1e-4, strategy + " with " + arrivals);
                assertTrue(standardError > 0, "sampled outcomes carry sampling noise");
            }
        }
    }

    @Test
    void realQueriesArePoissonAroundTheMeanAndSplitAtTheHorizonAsTheCurveSays() {
        for (Arrivals arrivals : List.of(Arrivals.poisson(), Arrivals.demandCurve(0, 0, 0.25, 4, 1, 1))) {
            RunningMoments counts = new RunningMoments();
            double before = 0;
            for (long seed = 0; seed < 400; seed++) {
                RealArrivals real = arrivals.drawReal(5000, 0.5, streams(seed).stream(Purpose.ARRIVALS));
                counts.add(real.count());
                before += real.beforeHorizon();
            }
            assertEquals(5000, counts.mean(), 4 * Math.sqrt(5000.0 / 400), arrivals.toString());
            assertEquals(1, counts.variance() / counts.mean(), 0.2, "a Poisson count's variance is its mean");
            double share = before / (counts.mean() * counts.count());
            assertEquals(arrivals.cumulativeShare(0.5), share, 4 * Math.sqrt(0.25 / (5000 * 400)));
        }
    }

    @Test
    void aPlanForTheMeanDropsOnlyWhatRealDemandExceedsItBy() {
        for (long seed = 0; seed < 20; seed++) {
            DeploymentSetup setup = new DeploymentSetup(0, 1e9, Greedy.ID, 1, demand(1e9, Exhaustion.SERVE_PAID),
                    2 * WINDOW_HOURS, seed);
            setup = withBudget(setup, 1e9 * setup.queryFlops(1));
            DeploymentOutcome outcome = setup.run().outcome();
            long excess = Math.max(0, outcome.realQueries() - 1_000_000_000L);
            assertEquals(excess, outcome.droppedQueries(), 1, "seed " + seed);
            assertEquals(outcome.realQueries(), outcome.fullQueries() + outcome.droppedQueries());
        }
    }

    @Test
    void droppingServesInFullUntilTheBudgetRunsOut() {
        DeploymentSetup setup = setup(0, BestOfKOracle.ID, 16, demand(200, Exhaustion.DROP));
        setup = withBudget(setup, 100.5 * setup.queryFlops(16));
        DeploymentSetup.Run run = setup.run();
        DeploymentOutcome outcome = run.outcome();
        assertEquals(100, outcome.fullQueries());
        assertEquals(0, outcome.partialQueries());
        assertEquals(outcome.realQueries() - 100, outcome.droppedQueries());
        assertEquals(100 * setup.queryFlops(16), outcome.inferenceFlops(), 1e-9 * outcome.inferenceFlops());
        assertEquals(0.5 * setup.queryFlops(16), run.ledger().unspentFlops(Phase.INFERENCE), 1e3);
        assertEquals(setup.queryFlops(16), outcome.medianFlopsPerQuery());
        assertEquals(outcome.medianFlopsPerQuery(), outcome.p95FlopsPerQuery());
        assertEquals(List.of(QueryBatch.Service.FULL, QueryBatch.Service.DROPPED),
                batches(run).stream().map(QueryBatch::service).toList());
    }

    @Test
    void servingWhatWasPaidForUsesTheLargestAffordableSmallerBudget() {
        DeploymentSetup setup = setup(0, BestOfKOracle.ID, 16, demand(200, Exhaustion.SERVE_PAID));
        setup = withBudget(setup, 100.5 * setup.queryFlops(16));
        DeploymentSetup.Run run = setup.run();
        DeploymentOutcome outcome = run.outcome();
        // Half a best-of-16 query (200 + 16·280 = 4680 tokens; 2340 left) pays for k' = 7 at most;
        // served at the power of two below, k' = 4 (200 + 4·280 = 1320), leaving 1020, which pays
        // for k' = 2 (760); the 260 left cannot pay for one sample (480).
        List<QueryBatch> partial = batches(run).stream().filter(b -> b.service() == QueryBatch.Service.PARTIAL).toList();
        assertEquals(List.of(4, 2), partial.stream().map(QueryBatch::k).toList());
        assertEquals(List.of(1L, 1L), partial.stream().map(QueryBatch::queries).toList());
        assertEquals(100, outcome.fullQueries());
        assertEquals(2, outcome.partialQueries());
        assertEquals(outcome.realQueries() - 102, outcome.droppedQueries());
        double left = run.ledger().unspentFlops(Phase.INFERENCE);
        assertTrue(left < setup.queryFlops(1) && left >= 0, "what is left cannot pay for one sample: " + left);
        assertEquals(run.ledger().spentFlops(Phase.INFERENCE), outcome.inferenceFlops(), 1e-12 * outcome.inferenceFlops());
    }

    @Test
    void fallingBackToGreedyServesGreedyAnswersWhileTheyCanBePaid() {
        DeploymentSetup setup = setup(0, BestOfKOracle.ID, 16, demand(200, Exhaustion.FALLBACK_GREEDY));
        setup = withBudget(setup, 100.5 * setup.queryFlops(16));
        DeploymentSetup.Run run = setup.run();
        DeploymentOutcome outcome = run.outcome();
        double greedyFlops = 2e9 * 480;
        long greedy = (long) Math.floor(0.5 * setup.queryFlops(16) / greedyFlops);
        assertEquals(4, greedy);
        assertEquals(greedy, outcome.partialQueries());
        assertTrue(batches(run).stream().filter(b -> b.service() == QueryBatch.Service.PARTIAL)
                .allMatch(b -> b.k() == 1 && b.flopsPerQuery() == greedyFlops));
        assertEquals(outcome.realQueries() - 100 - greedy, outcome.droppedQueries());
        assertTrue(run.ledger().unspentFlops(Phase.INFERENCE) < greedyFlops);
    }

    @Test
    void aZeroInferenceBudgetDropsEveryQuery() {
        for (Exhaustion rule : Exhaustion.values()) {
            DeploymentSetup.Run run = setup(0, MajorityVote.ID, 8, demand(50, rule)).run();
            DeploymentOutcome outcome = run.outcome();
            assertEquals(Status.COMPLETED, outcome.status());
            assertFalse(outcome.servedAny());
            assertEquals(0, outcome.accuracy());
            assertEquals(0, outcome.medianFlopsPerQuery());
            assertEquals(0, outcome.inferenceFlops());
            assertEquals(outcome.realQueries(), outcome.droppedQueries());
            assertTrue(outcome.realQueries() > 20);
        }
    }

    @Test
    void zeroExpectedQueriesFinishAtOnce() {
        DeploymentSetup.Run run = setup(1e25, BestOfKOracle.ID, 16, demand(0, Exhaustion.DROP)).run();
        DeploymentOutcome outcome = run.outcome();
        assertEquals(Status.COMPLETED, outcome.status());
        assertEquals(0, outcome.realQueries());
        assertEquals(0, outcome.batches());
        assertFalse(outcome.servedAny());
        assertEquals(1, run.trace().size(), "only the horizon's end");
    }

    @Test
    void theHorizonCutsTheWindowAndQueriesAfterItNeverRun() {
        double horizon = 0.4 * WINDOW_HOURS;
        Demand demand = new Demand(3e6, 1, WINDOW_HOURS, Arrivals.demandCurve(0, 1, 1, 0), Exhaustion.DROP,
                Outcomes.EXPECTED);
        DeploymentSetup setup = new DeploymentSetup(1e30, 1e9, BestOfKOracle.ID, 16, demand, horizon, 3);
        DeploymentSetup.Run run = setup.run();
        DeploymentOutcome outcome = run.outcome();
        assertEquals(Status.CUT_BY_HORIZON, outcome.status());
        RealArrivals again = demand.arrivals().drawReal(3e6, 0.4, setup.streams().stream(Purpose.ARRIVALS));
        assertEquals(again.count(), outcome.realQueries());
        assertEquals(again.beforeHorizon(), outcome.arrivedQueries());
        assertEquals(again.count() - again.beforeHorizon(), outcome.cutQueries());
        assertEquals(3e6 * demand.arrivals().cumulativeShare(0.4), again.beforeHorizon(), 5 * Math.sqrt(3e6));
        assertEquals(again.beforeHorizon() * setup.queryFlops(16), run.ledger().spentFlops(Phase.INFERENCE),
                1e-9 * run.ledger().spentFlops(Phase.INFERENCE));
        assertTrue(run.trace().get(run.trace().size() - 1).event() instanceof HorizonEnd);
        assertTrue(run.trace().stream().filter(fired -> fired.event() instanceof QueryBatch)
                .allMatch(fired -> fired.timeHours() <= horizon));
    }

    @Test
    void aBatchEndingAtTheHorizonRunsAndTheNextIsCut() {
        for (long seed = 0; seed < 30; seed++) {
            double horizon = 0.5 * WINDOW_HOURS;
            DeploymentSetup setup = new DeploymentSetup(1e30, 1e9, Greedy.ID, 1, demand(1e4, Exhaustion.DROP), horizon,
                    seed);
            DeploymentSetup.Run run = setup.run();
            assertEquals(Status.CUT_BY_HORIZON, run.outcome().status());
            assertTrue(run.trace().stream().filter(fired -> fired.event() instanceof QueryBatch)
                    .allMatch(fired -> fired.timeHours() <= horizon), "seed " + seed);
            assertEquals(1, run.outcome().batches(), "one paid batch up to the horizon; the rest is cut");
        }
    }

    @Test
    void extremeBudgetsLeaveNoNanOrInfinity() {
        for (double budget : new double[] {1e15, 1e30}) {
            for (Exhaustion rule : Exhaustion.values()) {
                for (Outcomes outcomes : Outcomes.values()) {
                    DeploymentSetup.Run run = new DeploymentSetup(budget, 1e9, MajorityVote.ID, 16,
                            new Demand(budget == 1e15 ? 20 : 1e15, 300, WINDOW_HOURS, Arrivals.poisson(), rule, outcomes),
                            WINDOW_HOURS, 5).run();
                    DeploymentOutcome outcome = run.outcome();
                    LedgerInvariants.assertHold(run.ledger());
                    for (double value : new double[] {outcome.accuracy(), outcome.correctQueries(),
                            outcome.inferenceFlops(), outcome.medianFlopsPerQuery(), outcome.p95FlopsPerQuery()}) {
                        assertTrue(Double.isFinite(value), () -> budget + " " + rule + ": " + outcome);
                    }
                    assertTrue(outcome.servedAny(), () -> budget + " " + rule + " served nothing");
                    assertEquals(run.ledger().spentFlops(Phase.INFERENCE), outcome.inferenceFlops(),
                            1e-12 * outcome.inferenceFlops());
                }
            }
        }
    }

    @Test
    void theSameStreamsGiveTheSameDeploymentAndOtherStrategiesMeetTheSameQueries() {
        Demand demand = new Demand(4e5, 400, WINDOW_HOURS, Arrivals.demandCurve(0, 1, 0.3, 2, 1, 0.5),
                Exhaustion.SERVE_PAID, Outcomes.SAMPLED);
        DeploymentSetup unpaid = new DeploymentSetup(0, 1e9, BestOfKOracle.ID, 16, demand, WINDOW_HOURS, 9);
        DeploymentSetup best = withBudget(unpaid, (3e5 + 0.5) * unpaid.queryFlops(16));
        assertEquals(best.run().trace(), best.run().trace());
        DeploymentSetup greedy = new DeploymentSetup(1e25, 1e9, Greedy.ID, 1, demand, WINDOW_HOURS, 9);
        DeploymentOutcome a = best.run().outcome();
        DeploymentOutcome b = greedy.run().outcome();
        assertEquals(a.realQueries(), b.realQueries());
        assertTrue(a.partialQueries() > 0, "the budget ran short partway");
        assertTrue(a.accuracy() > b.accuracy(), "best-of-16 beats greedy on the same problems");
    }

    /**
     * The adaptive strategy's cost varies by query (its plan per difficulty bin), so whether the
     * money left after the last full query still pays a smaller plan depends on which queries came
     * last: over a few budgets a fraction of a query apart, every run serves as the rule says, and
     * at least one serves a query partially.
     */
    @Test
    void theAdaptiveStrategyServesWhatWasPaidForAsItsBudgetRunsOut() {
        long partial = 0;
        for (double fraction : new double[] {0.2, 0.5, 0.8}) {
            DeploymentSetup setup = setup(0, Adaptive.ID, 4, demand(200, Exhaustion.SERVE_PAID));
            setup = withBudget(setup, (100 + fraction) * setup.queryFlops(4));
            DeploymentSetup.Run run = setup.run();
            DeploymentOutcome outcome = run.outcome();
            assertTrue(outcome.fullQueries() >= 90 && outcome.droppedQueries() > 0, outcome::toString);
            for (QueryBatch batch : batches(run)) {
                DeploymentProperties.assertServedAsTheRuleSays(setup, batch);
            }
            assertTrue(run.ledger().unspentFlops(Phase.INFERENCE) < setup.queryFlops(4));
            partial += outcome.partialQueries();
        }
        assertTrue(partial > 0, "no budget served a query partially");
    }

    static List<QueryBatch> batches(DeploymentSetup.Run run) {
        return run.trace().stream().map(Trace.Fired::event).filter(QueryBatch.class::isInstance)
                .map(QueryBatch.class::cast).toList();
    }

    static DeploymentSetup withBudget(DeploymentSetup setup, double inferenceFlops) {
        return new DeploymentSetup(inferenceFlops, setup.params(), setup.strategyId(), setup.k(), setup.demand(),
                setup.horizonHours(), setup.seed());
    }

    static TrialStreams streams(long seed) {
        return new io.flopsplit.random.RandomStreams(seed).next();
    }
}
