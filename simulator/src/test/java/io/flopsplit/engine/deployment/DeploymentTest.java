package io.flopsplit.engine.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.arrivals.ArrivalTimes;
import io.flopsplit.arrivals.Arrivals;
import io.flopsplit.engine.HorizonEnd;
import io.flopsplit.engine.Trace;
import io.flopsplit.engine.deployment.DeploymentOutcome.Status;
import io.flopsplit.inference.Adaptive;
import io.flopsplit.inference.BestOfKOracle;
import io.flopsplit.inference.Greedy;
import io.flopsplit.inference.MajorityVote;
import io.flopsplit.inference.Plan;
import io.flopsplit.ledger.LedgerInvariants;
import io.flopsplit.ledger.Phase;
import io.flopsplit.random.Purpose;
import io.flopsplit.random.TrialStreams;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The deployment phase served on the kernel: expected versus simulated, budgets running out, edges. */
class DeploymentTest {

    static final double WEIGHT = 1000;
    static final double WINDOW_HOURS = 24 * 30;

    static DeploymentSetup setup(double inferenceFlops, String strategy, int k, Demand demand) {
        return new DeploymentSetup(inferenceFlops, 1e9, strategy, k, demand, 2 * WINDOW_HOURS, 11);
    }

    static Demand demand(double expectedQueries, Exhaustion exhaustion) {
        return Demand.poisson(expectedQueries, WEIGHT, WINDOW_HOURS, exhaustion);
    }

    @Test
    void servedAccuracyAgreesWithThePlansExpectedAccuracy() {
        for (String strategy : List.of(BestOfKOracle.ID, MajorityVote.ID, Greedy.ID)) {
            for (Arrivals arrivals : List.of(Arrivals.poisson(), Arrivals.demandCurve(0, 0.2, 0.5, 1, 1, 3))) {
                Demand demand = new Demand(500, WEIGHT, WINDOW_HOURS, arrivals, Exhaustion.DROP);
                double served = 0;
                double correct = 0;
                Plan plan = null;
                for (long seed = 0; seed < 120; seed++) {
                    DeploymentSetup.Run run = new DeploymentSetup(1e30, 1e9, strategy, 8, demand, WINDOW_HOURS, seed).run();
                    served += run.outcome().servedQueries() / WEIGHT;
                    correct += run.outcome().correctQueries() / WEIGHT;
                    plan = run.process().servingPlan();
                }
                double expected = plan.accuracy(new DeploymentSetup(1e30, 1e9, strategy, 8, demand, WINDOW_HOURS, 0)
                        .setting().problems());
                double standardError = Math.sqrt(expected * (1 - expected) / served);
                double accuracy = correct / served;
                assertEquals(expected, accuracy, 4 * standardError + 1e-3, strategy + " with " + arrivals);
            }
        }
    }

    @Test
    void arrivalCountsArePoissonWithTheExpectedMeanForBothProcesses() {
        for (Arrivals arrivals : List.of(Arrivals.poisson(), Arrivals.demandCurve(0, 0, 0.25, 4, 1, 1))) {
            Demand demand = new Demand(80, WEIGHT, WINDOW_HOURS, arrivals, Exhaustion.DROP);
            io.flopsplit.statistics.RunningMoments counts = new io.flopsplit.statistics.RunningMoments();
            double firstHalf = 0;
            for (long seed = 0; seed < 400; seed++) {
                DeploymentSetup.Run run = new DeploymentSetup(1e30, 1e9, Greedy.ID, 1, demand, WINDOW_HOURS, seed).run();
                assertEquals(Status.COMPLETED, run.outcome().status());
                assertEquals(run.outcome().arrivals(), run.outcome().queryEvents());
                counts.add(run.outcome().arrivals());
                firstHalf += run.trace().stream().filter(fired -> fired.event() instanceof Query)
                        .filter(fired -> fired.timeHours() < WINDOW_HOURS / 2).count();
            }
            assertEquals(80, counts.mean(), 4 * Math.sqrt(80.0 / 400), arrivals.toString());
            assertEquals(1, counts.variance() / counts.mean(), 0.2, "a Poisson count's variance is its mean");
            double share = firstHalf / (counts.mean() * counts.count());
            double expectedShare = arrivals.cumulativeShare(0.5);
            assertEquals(expectedShare, share, 4 * Math.sqrt(expectedShare * (1 - expectedShare) / (80 * 400)));
        }
        assertEquals(0.5, Arrivals.poisson().cumulativeShare(0.5), 1e-15);
        assertEquals(0.5 / 2.375, Arrivals.demandCurve(0, 0, 0.25, 4, 1, 1).cumulativeShare(0.25), 1e-15);
    }

    @Test
    void droppingServesInFullUntilTheBudgetRunsOut() {
        DeploymentSetup setup = setup(0, BestOfKOracle.ID, 16, demand(200, Exhaustion.DROP));
        setup = withBudget(setup, 100.5 * setup.queryFlops(16));
        DeploymentSetup.Run run = setup.run();
        DeploymentOutcome outcome = run.outcome();
        assertEquals(100 * WEIGHT, outcome.fullQueries());
        assertEquals(0, outcome.partialQueries());
        assertEquals((outcome.arrivals() - 100) * WEIGHT, outcome.droppedQueries());
        assertEquals(100 * setup.queryFlops(16), outcome.inferenceFlops(), 1e-9 * outcome.inferenceFlops());
        assertEquals(0.5 * setup.queryFlops(16), run.ledger().unspentFlops(Phase.INFERENCE), 1e3);
        assertEquals(outcome.medianFlopsPerQuery(), outcome.p95FlopsPerQuery());
        assertEquals(setup.queryFlops(16) / WEIGHT, outcome.medianFlopsPerQuery());
    }

    @Test
    void servingWhatWasPaidForUsesTheLargestAffordableSmallerBudget() {
        DeploymentSetup setup = setup(0, BestOfKOracle.ID, 16, demand(200, Exhaustion.SERVE_PAID));
        setup = withBudget(setup, 100.5 * setup.queryFlops(16));
        DeploymentSetup.Run run = setup.run();
        DeploymentOutcome outcome = run.outcome();
        // Half a best-of-16 query (200 + 8·280 = 2440 token-answers' worth... of which 2340 are left)
        // pays for k' = 7 at most; served at the power of two below, k' = 4 (200 + 4·280 = 1320),
        // leaving 1020, which pays for k' = 2 (760); the 260 left cannot pay for one sample (480).
        List<Query> partial = queries(run).stream().filter(query -> query.service() == Query.Service.PARTIAL).toList();
        assertEquals(List.of(4, 2), partial.stream().map(Query::k).toList());
        assertEquals(100 * WEIGHT, outcome.fullQueries());
        assertEquals(2 * WEIGHT, outcome.partialQueries());
        assertEquals((outcome.arrivals() - 102) * WEIGHT, outcome.droppedQueries());
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
        double greedyFlops = 2e9 * 480 * WEIGHT;
        long greedy = (long) Math.floor(0.5 * setup.queryFlops(16) / greedyFlops);
        assertEquals(4, greedy);
        assertEquals(greedy * WEIGHT, outcome.partialQueries());
        assertTrue(queries(run).stream().filter(query -> query.service() == Query.Service.PARTIAL)
                .allMatch(query -> query.k() == 1 && query.flopsPerQuery() == 2e9 * 480));
        assertEquals((outcome.arrivals() - 100 - greedy) * WEIGHT, outcome.droppedQueries());
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
            assertEquals(outcome.arrivals() * WEIGHT, outcome.droppedQueries());
            assertTrue(outcome.arrivals() > 20);
        }
    }

    @Test
    void zeroExpectedQueriesFinishAtOnce() {
        DeploymentSetup.Run run = setup(1e25, BestOfKOracle.ID, 16, demand(0, Exhaustion.DROP)).run();
        DeploymentOutcome outcome = run.outcome();
        assertEquals(Status.COMPLETED, outcome.status());
        assertEquals(0, outcome.arrivals());
        assertEquals(0, outcome.queryEvents());
        assertFalse(outcome.servedAny());
        assertEquals(1, run.trace().size(), "only the horizon's end");
    }

    @Test
    void theHorizonCutsTheWindowAndQueriesAfterItNeverRun() {
        double horizon = 0.4 * WINDOW_HOURS;
        DeploymentSetup setup = new DeploymentSetup(1e30, 1e9, BestOfKOracle.ID, 16,
                new Demand(300, WEIGHT, WINDOW_HOURS, Arrivals.demandCurve(0, 1, 1, 0), Exhaustion.DROP), horizon, 3);
        DeploymentSetup.Run run = setup.run();
        DeploymentOutcome outcome = run.outcome();
        assertEquals(Status.CUT_BY_HORIZON, outcome.status());
        ArrivalTimes again = setup.demand().arrivals().draw(300, setup.streams().stream(Purpose.ARRIVALS));
        long before = 0;
        while (again.hasNext()) {
            before += again.next() * WINDOW_HOURS <= horizon ? 1 : 0;
        }
        assertEquals(before, outcome.queryEvents());
        assertEquals(again.count(), outcome.arrivals());
        assertEquals((again.count() - before) * WEIGHT, outcome.cutQueries());
        assertEquals(before * WEIGHT, outcome.fullQueries());
        assertEquals(before * setup.queryFlops(16), run.ledger().spentFlops(Phase.INFERENCE), 1e-9 * run.ledger().spentFlops(Phase.INFERENCE));
        assertTrue(run.trace().get(run.trace().size() - 1).event() instanceof HorizonEnd);
    }

    @Test
    void extremeBudgetsLeaveNoNanOrInfinity() {
        for (double budget : new double[] {1e15, 1e30}) {
            for (Exhaustion rule : Exhaustion.values()) {
                DeploymentSetup.Run run = new DeploymentSetup(budget, 1e9, MajorityVote.ID, 16,
                        Demand.poisson(2000, budget == 1e15 ? 0.01 : 1e9, WINDOW_HOURS, rule), WINDOW_HOURS, 5).run();
                DeploymentOutcome outcome = run.outcome();
                LedgerInvariants.assertHold(run.ledger());
                for (double value : new double[] {outcome.accuracy(), outcome.inferenceFlops(), outcome.fullQueries(),
                        outcome.partialQueries(), outcome.droppedQueries(), outcome.medianFlopsPerQuery(),
                        outcome.p95FlopsPerQuery()}) {
                    assertTrue(Double.isFinite(value), () -> budget + " " + rule + ": " + outcome);
                }
                assertTrue(outcome.servedAny(), () -> budget + " " + rule + " served nothing");
                assertEquals(run.ledger().spentFlops(Phase.INFERENCE), outcome.inferenceFlops(),
                        1e-12 * outcome.inferenceFlops());
            }
        }
    }

    @Test
    void theSameStreamsGiveTheSameDeploymentAndOtherStrategiesMeetTheSameArrivalsAndProblems() {
        Demand demand = new Demand(400, WEIGHT, WINDOW_HOURS, Arrivals.demandCurve(0, 1, 0.3, 2, 1, 0.5),
                Exhaustion.SERVE_PAID);
        DeploymentSetup best = new DeploymentSetup(300.5 * 9.36e15, 1e9, BestOfKOracle.ID, 16, demand, WINDOW_HOURS, 9);
        assertEquals(best.run().trace(), best.run().trace());
        DeploymentSetup greedy = new DeploymentSetup(1e20, 1e9, Greedy.ID, 1, demand, WINDOW_HOURS, 9);
        List<Trace.Fired> a = best.run().trace();
        List<Trace.Fired> b = greedy.run().trace();
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size() - 1; i++) {
            assertEquals(a.get(i).timeHours(), b.get(i).timeHours());
            assertEquals(((Query) a.get(i).event()).difficulty(), ((Query) b.get(i).event()).difficulty());
        }
        assertTrue(best.run().outcome().partialQueries() > 0, "the budget ran short partway");
    }

    @Test
    void theAdaptiveStrategyServesWhatWasPaidForAsItsBudgetRunsOut() {
        DeploymentSetup setup = setup(0, Adaptive.ID, 4, demand(200, Exhaustion.SERVE_PAID));
        setup = withBudget(setup, 100.5 * setup.queryFlops(4));
        DeploymentSetup.Run run = setup.run();
        DeploymentOutcome outcome = run.outcome();
        assertTrue(outcome.fullQueries() >= 90 * WEIGHT && outcome.partialQueries() > 0 && outcome.droppedQueries() > 0,
                outcome::toString);
        for (Query query : queries(run)) {
            DeploymentProperties.assertServedAsTheRuleSays(setup, query);
        }
        assertTrue(run.ledger().unspentFlops(Phase.INFERENCE) < setup.queryFlops(4));
    }

    static List<Query> queries(DeploymentSetup.Run run) {
        return run.trace().stream().map(Trace.Fired::event).filter(Query.class::isInstance).map(Query.class::cast)
                .toList();
    }

    static DeploymentSetup withBudget(DeploymentSetup setup, double inferenceFlops) {
        return new DeploymentSetup(inferenceFlops, setup.params(), setup.strategyId(), setup.k(), setup.demand(),
                setup.horizonHours(), setup.seed());
    }

    static TrialStreams streams(long seed) {
        return new io.flopsplit.random.RandomStreams(seed).next();
    }
}
