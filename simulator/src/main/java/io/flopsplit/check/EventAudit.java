package io.flopsplit.check;

import io.flopsplit.compute.NumberText;
import io.flopsplit.engine.Event;
import io.flopsplit.engine.EventListener;
import io.flopsplit.engine.WorkEvent;
import io.flopsplit.engine.training.TrainingChunk;
import io.flopsplit.ledger.BudgetView;
import io.flopsplit.ledger.CompensatedSum;
import io.flopsplit.ledger.Ledger;
import io.flopsplit.ledger.Phase;
import io.flopsplit.trial.Metric;
import io.flopsplit.trial.TrialResult;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Audits one trial from outside the ledger: it is told every event the simulation runs, keeps its own
 * compensated sum of the FLOPs of each phase's work events, and after every event checks the ledger
 * against them — each phase has spent exactly what its events cost (within the ledger's tolerance of
 * {@value Ledger#RELATIVE_TOLERANCE} of the budget), no phase has spent beyond its allocation, spent +
 * unspent is the budget — and that the clock never went backwards or past the horizon. At the end it
 * checks the result's FLOPs by phase against the same sums. It also keeps the events, in order, for
 * comparing two plays of the same trial. The first violation of each invariant is kept.
 */
final class EventAudit implements EventListener {

    /** One event with its time, as the simulation ran it. */
    record Step(double timeHours, Event event) {
    }

    private final double horizonHours;
    private final Map<Phase, CompensatedSum> debited = new EnumMap<>(Phase.class);
    private final Map<Invariant, String> violations = new EnumMap<>(Invariant.class);
    private final List<Step> steps = new ArrayList<>();
    private BudgetView ledger;
    private double lastHours;
    private int chunks;

    EventAudit(double horizonHours) {
        this.horizonHours = horizonHours;
        for (Phase phase : Phase.values()) {
            debited.put(phase, new CompensatedSum());
        }
    }

    /** Starts auditing {@code view}, the trial's ledger; returns the listener to give the simulation. */
    EventListener watch(BudgetView view) {
        this.ledger = view;
        return this;
    }

    @Override
    public void onEvent(double timeHours, Event event) {
        steps.add(new Step(timeHours, event));
        String where = "event " + steps.size() + " (" + event.getClass().getSimpleName() + " at "
                + NumberText.significant(timeHours, 6) + " h)";
        if (!(timeHours >= lastHours && timeHours <= horizonHours)) {
            fail(Invariant.CLOCK, where + " runs after " + NumberText.significant(lastHours, 6)
                    + " h or beyond the horizon at " + NumberText.significant(horizonHours, 6) + " h");
        }
        lastHours = Math.max(lastHours, timeHours);
        if (event instanceof WorkEvent work) {
            debited.get(work.phase()).add(work.flops());
            if (event instanceof TrainingChunk) {
                chunks++;
            }
        }
        checkAccounts(where);
    }

    /** Checks the result of the trial against the events it ran; call once, after the trial. */
    void finish(TrialResult result) {
        checkAccounts("at the end");
        check(result, Metric.SELECTION_FLOPS, Phase.SELECTION);
        check(result, Metric.PRETRAINING_FLOPS, Phase.PRETRAINING);
        check(result, Metric.INFERENCE_FLOPS, Phase.INFERENCE);
        if (chunks > 0 && result.get(Metric.TRAINING_TOKENS) < 1) {
            fail(Invariant.TRAINS, chunks + " training chunks ran but trained " + result.get(Metric.TRAINING_TOKENS)
                    + " tokens");
        }
    }

    private void checkAccounts(String where) {
        double budget = ledger.budgetFlops();
        double tolerance = Ledger.RELATIVE_TOLERANCE * budget;
        for (Phase phase : Phase.values()) {
            double events = debited.get(phase).nearest();
            double spent = ledger.spentFlops(phase);
            if (Math.abs(spent - events) > tolerance) {
                fail(Invariant.LEDGER_BALANCES, "after " + where + ", " + phase + " has spent " + show(spent)
                        + " FLOPs but its events cost " + show(events));
            }
            if (spent > ledger.allocatedFlops(phase) + tolerance) {
                fail(Invariant.NO_OVERDRAFT, "after " + where + ", " + phase + " has spent " + show(spent)
                        + " FLOPs of its " + show(ledger.allocatedFlops(phase)));
            }
        }
        double total = ledger.totalSpentFlops() + ledger.totalUnspentFlops();
        if (Math.abs(total - budget) > tolerance) {
            fail(Invariant.LEDGER_BALANCES, "after " + where + ", spent + unspent = " + show(total) + " FLOPs, budget "
                    + show(budget));
        }
    }

    private void check(TrialResult result, Metric metric, Phase phase) {
        double events = debited.get(phase).nearest();
        if (Math.abs(result.get(metric) - events) > Ledger.RELATIVE_TOLERANCE * ledger.budgetFlops()) {
            fail(Invariant.LEDGER_BALANCES, "the result reports " + metric.id() + " " + show(result.get(metric))
                    + " but the " + phase + " events cost " + show(events));
        }
    }

    private void fail(Invariant invariant, String message) {
        violations.putIfAbsent(invariant, message);
    }

    private static String show(double flops) {
        return NumberText.exact(flops);
    }

    /** The first violation of each invariant seen. */
    Map<Invariant, String> violations() {
        return violations;
    }

    /** The events run, in order, with their times. */
    List<Step> steps() {
        return steps;
    }
}
