package io.flopsplit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.engine.selection.SelectionBatch;
import io.flopsplit.engine.training.TrainingChunk;
import io.flopsplit.ledger.Ledger;
import io.flopsplit.ledger.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class SimulationTest {

    private static final Hardware ONE_PETAFLOP = new Hardware(1e15, 1);

    /** A process whose behaviour is given by lambdas; its events are zero-FLOP selection batches. */
    static final class Scripted implements PhaseProcess {
        private final Consumer<Scheduler> start;
        private final BiConsumer<Event, Scheduler> react;

        Scripted(Consumer<Scheduler> start, BiConsumer<Event, Scheduler> react) {
            this.start = start;
            this.react = react;
        }

        @Override
        public void start(Scheduler scheduler) {
            start.accept(scheduler);
        }

        @Override
        public void onEvent(Event event, Scheduler scheduler) {
            react.accept(event, scheduler);
        }
    }

    static SelectionBatch marker(int index) {
        return new SelectionBatch(index, 0, 0, 0, false);
    }

    static TrainingChunk chunkMarker(int index) {
        return new TrainingChunk(index, 1, 0, 0, 1, 1, 1, false);
    }

    private static Trace run(double horizonHours, PhaseProcess... phases) {
        Ledger ledger = new Ledger(1e20);
        ledger.allocateRest(Phase.SELECTION);
        Trace trace = new Trace(ledger);
        new Simulation(ONE_PETAFLOP, ledger, horizonHours, trace).run(List.of(phases));
        return trace;
    }

    @Test
    void eventsRunByTimeThenPriorityThenInsertionOrder() {
        Trace trace = run(10, new Scripted(s -> {
            s.scheduleAt(2, marker(0));
            s.scheduleAt(1, chunkMarker(1));
            s.scheduleAt(1, marker(2));
            s.scheduleAt(1, marker(3));
            s.scheduleAt(1, chunkMarker(4));
            s.scheduleAt(0, marker(5));
        }, (e, s) -> { }));
        List<Event> expected = List.of(marker(5), marker(2), marker(3), chunkMarker(1), chunkMarker(4), marker(0),
                new HorizonEnd(10));
        assertEquals(expected, trace.events());
        assertEquals(List.of(0.0, 1.0, 1.0, 1.0, 1.0, 2.0, 10.0),
                trace.fired().stream().map(Trace.Fired::timeHours).toList());
    }

    @Test
    void theHorizonEndsTheRunAfterEverythingAtItsTimeAndCutsTheRest() {
        Ledger ledger = new Ledger(1e20);
        Trace trace = new Trace(ledger);
        Simulation simulation = new Simulation(ONE_PETAFLOP, ledger, 5, trace);
        double end = simulation.run(List.of(new Scripted(s -> {
            s.scheduleAt(5, chunkMarker(0));
            s.scheduleAt(5.000001, marker(1));
            s.scheduleAt(7, marker(2));
        }, (e, s) -> { })));
        assertEquals(List.of(chunkMarker(0), new HorizonEnd(5)), trace.events());
        assertEquals(5, end);
        assertEquals(2, simulation.eventsCut());
        assertEquals(2, simulation.eventsRun());
    }

    @Test
    void aRunWithNothingToDoStillEndsAtTheHorizon() {
        Trace trace = run(3);
        assertEquals(List.of(new Trace.Fired(3, new HorizonEnd(3))), trace.fired());
    }

    @Test
    void schedulingInThePastFails() {
        List<String> errors = new ArrayList<>();
        Trace trace = run(10, new Scripted(s -> s.scheduleAt(4, marker(0)), (e, s) -> {
            if (e.equals(marker(0))) {
                errors.add(assertThrows(IllegalArgumentException.class, () -> s.scheduleAt(3.5, marker(1))).getMessage());
                errors.add(assertThrows(IllegalArgumentException.class, () -> s.scheduleAt(Double.NaN, marker(1))).getMessage());
                s.scheduleAt(4, marker(2));
            }
        }));
        assertEquals(List.of(marker(0), marker(2), new HorizonEnd(10)), trace.events());
        assertEquals("timeHours: cannot schedule SelectionBatch in the past, at 3.5 h: the clock is at 4 h", errors.get(0));
        assertTrue(errors.get(1).startsWith("timeHours: must be a finite number"), errors.get(1));
    }

    @Test
    void onlyTheKernelEndsTheHorizonAndFinishedPhasesScheduleNothing() {
        run(10, new Scripted(s -> {
            assertThrows(IllegalArgumentException.class, () -> s.scheduleAt(1, new HorizonEnd(1)));
            s.finish();
            assertThrows(IllegalStateException.class, () -> s.scheduleAt(1, marker(0)));
        }, (e, s) -> { }));
    }

    @Test
    void phasesRunInTurnEachStartingWhenTheLastFinishes() {
        List<String> log = new ArrayList<>();
        Trace trace = run(10,
                new Scripted(s -> s.scheduleAt(2, marker(0)), (e, s) -> {
                    log.add("first done at " + s.nowHours());
                    s.finish();
                }),
                new Scripted(s -> {
                    log.add("second starts at " + s.nowHours());
                    s.finish();
                }, (e, s) -> { }),
                new Scripted(s -> {
                    log.add("third starts at " + s.nowHours());
                    s.scheduleAfterWork(new SelectionBatch(1, 0, 3.6e18, 0, true));
                }, (e, s) -> log.add("third's work done at " + s.nowHours())));
        assertEquals(List.of("first done at 2.0", "second starts at 2.0", "third starts at 2.0",
                "third's work done at 3.0"), log);
        assertEquals(3, trace.fired().get(1).timeHours(), "3.6e18 FLOPs at 1e15 FLOP/s take one hour");
    }

    @Test
    void everyWorkEventIsDebitedAndAnOverdraftIsABug() {
        Ledger ledger = Ledger.allocated(1e20, 1e18, 0, 0);
        Simulation simulation = new Simulation(ONE_PETAFLOP, ledger, 10, EventListener.NONE);
        var error = assertThrows(IllegalStateException.class, () -> simulation.run(List.of(new Scripted(s -> {
            s.scheduleAt(1, new SelectionBatch(0, 0, 6e17, 0, false));
            s.scheduleAt(2, new SelectionBatch(1, 0, 6e17, 0, true));
        }, (e, s) -> { }))));
        assertEquals(6e17, ledger.spentFlops(Phase.SELECTION));
        assertTrue(error.getMessage().startsWith("SELECTION: cannot debit 6e17 FLOPs"), error.getMessage());
    }

    @Test
    void aSimulationRunsOnce() {
        Simulation simulation = new Simulation(ONE_PETAFLOP, new Ledger(1), 1, EventListener.NONE);
        simulation.run(List.of());
        assertThrows(IllegalStateException.class, () -> simulation.run(List.of()));
    }

    @Test
    void hardwareTurnsFlopsIntoHours() {
        Hardware cluster = Hardware.cluster(1000, 1e15, 0.5);
        assertEquals(1.8e21, cluster.flopsPerHour());
        assertEquals(2, cluster.hoursFor(3.6e21), 1e-15);
        assertEquals(3.6e21, cluster.flopsIn(2), 1e6);
        assertThrows(IllegalArgumentException.class, () -> new Hardware(1e15, 0));
        assertThrows(IllegalArgumentException.class, () -> new Hardware(1e15, 1.5));
        assertThrows(IllegalArgumentException.class, () -> cluster.hoursFor(-1));
    }

    @Test
    void anInterruptedThreadStopsTheRunWithinTheCheckInterval() {
        int[] events = new int[1];
        Scripted forever = new Scripted(s -> s.scheduleAt(1, marker(0)), (e, s) -> {
            if (++events[0] == 5000) {
                Thread.currentThread().interrupt();
            }
            s.scheduleAt(s.nowHours() + 1, marker(events[0]));
        });
        try {
            assertThrows(CancellationException.class, () -> run(20_000, forever));
            assertTrue(events[0] >= 5000 && events[0] <= 5000 + Cancellation.EVENTS_BETWEEN_CHECKS,
                    "events run: " + events[0]);
        } finally {
            Thread.interrupted();
        }
    }
}
