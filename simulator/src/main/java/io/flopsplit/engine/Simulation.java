package io.flopsplit.engine;

import io.flopsplit.compute.Checks;
import io.flopsplit.ledger.Ledger;
import java.util.List;

/**
 * The event kernel of one trial: a simulated clock in hours, a queue of events
 * ordered by (time, priority, insertion sequence), and the ledger every work event debits.
 *
 * <p>{@link #run} plays the given phases one after the other. The end of the horizon is itself an
 * event, scheduled first and run last at its time; it ends the run, and anything still queued is
 * cut (counted in {@link #eventsCut()}). The clock never goes backwards: scheduling before the
 * current time is an error, and the kernel checks every event it runs. One simulation plays one
 * trial, once; it has no randomness of its own, so the same inputs give the same events. An
 * interrupted thread stops the run within {@value Cancellation#EVENTS_BETWEEN_CHECKS} events
 * ({@link Cancellation}).
 */
public final class Simulation {

    private final Hardware hardware;
    private final Ledger ledger;
    private final double horizonHours;
    private final EventListener listener;
    private final EventQueue queue = new EventQueue();
    private double nowHours;
    private long eventsRun;
    private int eventsCut;
    private boolean started;

    /** A trial on {@code hardware} spending {@code ledger}, ending at {@code horizonHours}. */
    public Simulation(Hardware hardware, Ledger ledger, double horizonHours, EventListener listener) {
        this.hardware = Checks.present("hardware", hardware);
        this.ledger = Checks.present("ledger", ledger);
        this.horizonHours = Checks.positive("horizonHours", horizonHours);
        this.listener = Checks.present("listener", listener);
    }

    /**
     * Plays {@code phases} in order until the horizon ends; returns the time it ended (the horizon).
     *
     * @throws java.util.concurrent.CancellationException if the thread is interrupted meanwhile
     */
    public double run(List<? extends PhaseProcess> phases) {
        Checks.present("phases", phases);
        if (started) {
            throw new IllegalStateException("a simulation plays one trial once; it has already run");
        }
        started = true;
        Turns turns = new Turns(List.copyOf(phases));
        queue.add(horizonHours, new HorizonEnd(horizonHours), -1);
        turns.startNext();
        while (!queue.isEmpty()) {
            double timeHours = queue.firstTime();
            Event event = queue.firstEvent();
            int owner = queue.firstOwner();
            queue.removeFirst();
            advanceTo(timeHours);
            if (eventsRun++ % Cancellation.EVENTS_BETWEEN_CHECKS == 0) {
                Cancellation.check();
            }
            if (event instanceof HorizonEnd) {
                listener.onEvent(timeHours, event);
                eventsCut = queue.size();
                break;
            }
            if (event instanceof WorkEvent work) {
                ledger.debit(work.phase(), work.flops());
            }
            listener.onEvent(timeHours, event);
            turns.dispatch(owner, event);
        }
        return nowHours;
    }

    /** The simulated clock, hours since the trial started. */
    public double nowHours() {
        return nowHours;
    }

    /** Events run, the horizon's end included. */
    public long eventsRun() {
        return eventsRun;
    }

    /** Events still queued when the horizon ended. */
    public int eventsCut() {
        return eventsCut;
    }

    public double horizonHours() {
        return horizonHours;
    }

    public Ledger ledger() {
        return ledger;
    }

    private void advanceTo(double timeHours) {
        if (timeHours < nowHours) {
            throw new IllegalStateException("the clock would go backwards from " + Checks.show(nowHours)
                    + " h to " + Checks.show(timeHours) + " h");
        }
        nowHours = timeHours;
    }

    private void schedule(double timeHours, Event event, int owner) {
        Checks.present("event", event);
        Checks.finite("timeHours", timeHours);
        if (timeHours < nowHours) {
            throw new IllegalArgumentException("timeHours: cannot schedule " + event.getClass().getSimpleName()
                    + " in the past, at " + Checks.show(timeHours) + " h: the clock is at " + Checks.show(nowHours) + " h");
        }
        if (event instanceof HorizonEnd) {
            throw new IllegalArgumentException("event: only the kernel schedules the horizon's end");
        }
        queue.add(timeHours, event, owner);
    }

    /** The phases' turns: which process runs, and the scheduler each one sees. */
    private final class Turns {

        private final List<? extends PhaseProcess> phases;
        private final PhaseScheduler[] schedulers;
        private int current = -1;

        Turns(List<? extends PhaseProcess> phases) {
            this.phases = phases;
            this.schedulers = new PhaseScheduler[phases.size()];
            for (int i = 0; i < schedulers.length; i++) {
                schedulers[i] = new PhaseScheduler(i, this);
            }
        }

        void dispatch(int owner, Event event) {
            phases.get(owner).onEvent(event, schedulers[owner]);
            startNextIfFinished();
        }

        void startNext() {
            current++;
            if (current < phases.size()) {
                phases.get(current).start(schedulers[current]);
                startNextIfFinished();
            }
        }

        private void startNextIfFinished() {
            if (current < phases.size() && schedulers[current].finished) {
                startNext();
            }
        }
    }

    /** The scheduler of one process: schedules on its behalf, until it finishes. */
    private final class PhaseScheduler implements Scheduler {

        private final int owner;
        private final Turns turns;
        private boolean finished;

        PhaseScheduler(int owner, Turns turns) {
            this.owner = owner;
            this.turns = turns;
        }

        @Override
        public double nowHours() {
            return nowHours;
        }

        @Override
        public double horizonHours() {
            return horizonHours;
        }

        @Override
        public Hardware hardware() {
            return hardware;
        }

        @Override
        public Ledger ledger() {
            return ledger;
        }

        @Override
        public void scheduleAt(double timeHours, Event event) {
            if (finished) {
                throw new IllegalStateException("phase " + (owner + 1) + " of " + turns.phases.size()
                        + " has finished and cannot schedule " + event);
            }
            schedule(timeHours, event, owner);
        }

        @Override
        public void finish() {
            finished = true;
        }
    }
}
