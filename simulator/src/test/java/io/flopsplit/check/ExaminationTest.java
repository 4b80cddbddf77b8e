package io.flopsplit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.engine.training.TrainingDecision;
import io.flopsplit.engine.training.TrainingHook;
import io.flopsplit.inference.Greedy;
import io.flopsplit.policy.FixedSplitPolicy;
import io.flopsplit.policy.Policy;
import io.flopsplit.policy.PolicyType;
import io.flopsplit.scenario.Scenario;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * How an examination attributes what a policy does to the invariants: refusals with and without a
 * message, other exceptions, a training hook that is not deterministic or that plans beyond its
 * account. The default world: 1e23 FLOPs, 1e9 queries, seed 1.
 */
class ExaminationTest {

    private static final CheckWorld DEFAULTS = CheckWorld.of(Scenario.defaults("test"));

    /** A test policy: a fixed 50% split whose allocation and hook are given. */
    private record Scripted(Function<Forecast, Allocation> allocation, TrainingHook hook) implements Policy {
        static final PolicyType<Scripted> TYPE = PolicyType.of("scripted", "A test's policy", Scripted.class,
                () -> new Scripted(forecast -> null, TrainingHook.PROCEED));

        static Scripted allocating(Function<Forecast, Allocation> allocation) {
            return new Scripted(allocation, TrainingHook.PROCEED);
        }

        static Scripted hooked(TrainingHook hook) {
            return new Scripted(new FixedSplitPolicy(0.5, Greedy.TYPE)::allocate, hook);
        }

        @Override
        public PolicyType<Scripted> type() {
            return TYPE;
        }

        @Override
        public Allocation allocate(Forecast forecast) {
            return allocation.apply(forecast);
        }

        @Override
        public TrainingHook trainingHook(Forecast forecast, Allocation planned) {
            return hook;
        }
    }

    private static Examination examine(Policy policy) {
        return Examination.of(policy, DEFAULTS);
    }

    @Test
    void aRefusalWithAMessageIsCountedNotFailed() {
        Examination refused = examine(Scripted.allocating(forecast -> {
            throw new IllegalArgumentException("budgetFlops: too small for this policy");
        }));
        assertEquals(Optional.of("budgetFlops: too small for this policy"), refused.refusal());
        for (Invariant invariant : Invariant.values()) {
            assertEquals(Optional.empty(), refused.violation(invariant), invariant.id());
        }
    }

    @Test
    void aBlankRefusalOrAnotherExceptionIsNotARefusal() {
        Examination blank = examine(Scripted.allocating(forecast -> {
            throw new IllegalArgumentException(" ");
        }));
        assertEquals("refused without a message (java.lang.IllegalArgumentException)",
                blank.violation(Invariant.CLEAR_REFUSALS).orElseThrow());
        Examination crashed = examine(Scripted.allocating(forecast -> {
            throw new ArithmeticException("/ by zero");
        }));
        assertEquals("allocate failed with java.lang.ArithmeticException: / by zero instead of allocating or refusing"
                + " with an IllegalArgumentException", crashed.violation(Invariant.CLEAR_REFUSALS).orElseThrow());
        assertTrue(crashed.refusal().isEmpty());
    }

    @Test
    void aHookWithMemoryMakesTheSecondPlayDiffer() {
        // It stops at the third chunk it has ever seen: in the first play, and never again.
        AtomicInteger seen = new AtomicInteger();
        Examination examined = examine(Scripted.hooked((nowHours, chunk, budget) -> seen.incrementAndGet() == 3
                ? TrainingDecision.stop() : TrainingDecision.proceed()));
        String violation = examined.violation(Invariant.DETERMINISTIC).orElse("");
        assertTrue(violation.startsWith("the same trial played twice: event 4 differs: Step[timeHours="), violation);
    }

    @Test
    void aHookThatPlansBeyondItsAccountIsAnOverdraft() {
        Examination examined = examine(Scripted.hooked((nowHours, chunk, budget) -> chunk.index() == 0
                ? TrainingDecision.resizeRemaining(100 * chunk.tokensSoFar()) : TrainingDecision.proceed()));
        String violation = examined.violation(Invariant.NO_OVERDRAFT).orElse("");
        assertTrue(violation.startsWith("the trial stopped on an overdraft: PRETRAINING: training a "), violation);
    }
}
