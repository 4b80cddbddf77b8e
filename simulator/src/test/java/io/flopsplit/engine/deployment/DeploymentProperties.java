package io.flopsplit.engine.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.flopsplit.ReRunHint;
import io.flopsplit.arrivals.ArrivalsProperties;
import io.flopsplit.arrivals.Arrivals;
import io.flopsplit.engine.Trace;
import io.flopsplit.engine.deployment.DeploymentOutcome.Status;
import io.flopsplit.inference.Adaptive;
import io.flopsplit.inference.Strategies;
import io.flopsplit.ledger.Ledger;
import io.flopsplit.ledger.Phase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of deployments on inference budgets from 0 and 1e15 to 1e30 FLOPs, every built-in
 * strategy but the adaptive one (whose plan takes ~0.7 s to make; {@code DeploymentTest} serves it
 * once), every exhaustion rule, both arrival processes and horizons that cut the window or not:
 * at every event the clock has not gone backwards, nothing is NaN or infinite and the ledger's
 * invariants hold ({@link Trace}); inference never spends beyond its allocation; the outcome adds up
 * to the events that ran and to the ledger; the same setup gives the same deployment event for event.
 */
@ExtendWith(ReRunHint.class)
class DeploymentProperties {

    static final double WINDOW_HOURS = 1000;

    @Test
    void everyDeploymentKeepsTheLedgerSoundAndItsOutcomeAddsUp() {
        qt().withExamples(150).forAll(setups()).checkAssert(setup -> {
            DeploymentSetup.Run run = setup.run();
            Ledger ledger = run.ledger();
            DeploymentOutcome outcome = run.outcome();
            List<QueryBatch> batches = DeploymentTest.batches(run);
            assertTrue(ledger.spentFlops(Phase.INFERENCE) <= ledger.allocatedFlops(Phase.INFERENCE));
            assertEquals(ledger.spentFlops(Phase.INFERENCE), outcome.inferenceFlops(), 1e-12 * outcome.inferenceFlops());
            assertEquals(batches.size(), outcome.batches());
            assertEquals(batches.stream().mapToLong(QueryBatch::queries).sum(), outcome.arrivedQueries());
            long next = 0;
            for (QueryBatch batch : batches) {
                assertEquals(next, batch.first(), "batches follow each other without gap or overlap");
                next += batch.queries();
                assertServedAsTheRuleSays(setup, batch);
            }
            assertTrue(outcome.accuracy() >= 0 && outcome.accuracy() <= 1);
            assertTrue(outcome.status() != Status.NOT_STARTED);
            assertEquals(outcome.status() == Status.COMPLETED, outcome.arrivedQueries() == outcome.realQueries());
            if (outcome.partialQueries() > 0) {
                assertTrue(setup.demand().exhaustion() != Exhaustion.DROP, "dropping never serves partially");
            }
            if (outcome.servedAny()) {
                assertTrue(outcome.medianFlopsPerQuery() > 0 && outcome.p95FlopsPerQuery() >= outcome.medianFlopsPerQuery());
            }
        });
    }

    static void assertServedAsTheRuleSays(DeploymentSetup setup, QueryBatch batch) {
        Exhaustion rule = setup.demand().exhaustion();
        boolean asTheRuleSays = switch (batch.service()) {
            case FULL -> batch.k() == setup.k();
            case PARTIAL -> rule == Exhaustion.SERVE_PAID ? batch.k() >= 1 && batch.k() < setup.k()
                    && Integer.bitCount(batch.k()) == 1 : rule == Exhaustion.FALLBACK_GREEDY && batch.k() == 1;
            case DROPPED -> batch.k() == 0 && batch.flops() == 0 && batch.correctQueries() == 0;
        };
        assertTrue(asTheRuleSays, () -> rule + " at k = " + setup.k() + " gave " + batch);
    }

    @Test
    void theSameSetupGivesTheSameDeploymentEventForEvent() {
        qt().withExamples(60).forAll(setups()).checkAssert(setup -> {
            DeploymentSetup.Run first = setup.run();
            DeploymentSetup.Run second = setup.run();
            assertEquals(first.trace(), second.trace());
            assertEquals(first.outcome(), second.outcome());
        });
    }

    static Gen<DeploymentSetup> setups() {
        Gen<Double> budgets = Generate.pick(List.of(0.0, 1e15, 1e30)).mix(doubles().between(15, 30)
                .map(exponent -> Math.pow(10, exponent)), 80);
        Gen<Double> params = doubles().between(6, 12).map(exponent -> Math.pow(10, exponent));
        Gen<String> strategies = Generate.pick(Strategies.ids().stream().filter(id -> !id.equals(Adaptive.ID)).toList());
        Gen<Integer> ks = integers().between(1, 32);
        Gen<Double> expected = Generate.pick(List.of(0.0, 1.0)).mix(doubles().between(-1, 12)
                .map(exponent -> Math.pow(10, exponent)), 90);
        Gen<Double> simulated = doubles().between(0, 3).map(exponent -> Math.floor(Math.pow(10, exponent)));
        Gen<Exhaustion> rules = Generate.enumValues(Exhaustion.class);
        Gen<Arrivals> arrivals = Generate.constant(Arrivals.poisson()).mix(ArrivalsProperties.curves(), 50);
        Gen<Double> horizons = Generate.pick(List.of(1.0, 2.0)).mix(doubles().between(0.01, 1.5), 60);
        Gen<Demand> demands = expected.zip(simulated, arrivals, rules, Generate.enumValues(Outcomes.class),
                (count, s, shape, rule, outcomes) -> new Demand(count, s, WINDOW_HOURS, shape, rule, outcomes));
        return budgets.zip(params, strategies, ks, demands, (budget, n, strategy, k, demand) ->
                new DeploymentSetup(budget, n, strategy, k, demand, 1, 0))
                .zip(horizons, longs().all(), (setup, horizon, seed) -> new DeploymentSetup(setup.inferenceFlops(),
                        setup.params(), setup.strategyId(), setup.k(), setup.demand(), horizon * WINDOW_HOURS, seed));
    }
}
