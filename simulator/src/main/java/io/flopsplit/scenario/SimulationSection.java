package io.flopsplit.scenario;

import io.flopsplit.compute.Range;
import io.flopsplit.keys.Keys;
import io.flopsplit.keys.NumberKey;
import io.flopsplit.keys.Section;
import io.flopsplit.keys.WholeKey;
import io.flopsplit.keys.Written;
import io.flopsplit.yaml.Fields;
import java.util.List;

/**
 * The scenario's {@code simulation} section: when a trial ends, and how finely pretraining and data
 * selection are played (more chunks let policies react more often, at the cost of more events).
 *
 * @param horizonDays when a trial ends, whatever is still running
 * @param trainingChunks chunks pretraining is played in
 * @param selectionBatches batches the pool is scored in
 */
public record SimulationSection(double horizonDays, int trainingChunks, int selectionBatches) {

    public static final NumberKey HORIZON_DAYS = Keys.number("horizonDays",
            "A trial ends here (days from its start), whatever is still running", 730, Range.openClosed(0, 1e6));
    public static final WholeKey TRAINING_CHUNKS = Keys.whole("trainingChunks",
            "Pretraining is played in this many chunks; policies may react after each", 10, 1, 100_000);
    public static final WholeKey SELECTION_BATCHES = Keys.whole("selectionBatches",
            "The pool is scored in this many batches", 10, 1, 100_000);
    public static final Section SECTION = Section.of("simulation", "How a trial is played",
            List.of(HORIZON_DAYS, TRAINING_CHUNKS, SELECTION_BATCHES));
    public static final SimulationSection DEFAULTS = read(Fields.empty());

    public SimulationSection {
        HORIZON_DAYS.check(horizonDays);
        TRAINING_CHUNKS.check((long) trainingChunks);
        SELECTION_BATCHES.check((long) selectionBatches);
    }

    static SimulationSection read(Fields fields) {
        SimulationSection section = new SimulationSection(HORIZON_DAYS.read(fields), TRAINING_CHUNKS.readInt(fields),
                SELECTION_BATCHES.readInt(fields));
        fields.finish();
        return section;
    }

    /** The horizon in hours. */
    public double horizonHours() {
        return horizonDays * Scenario.HOURS_PER_DAY;
    }

    Written write() {
        return new Written().put(HORIZON_DAYS, horizonDays).put(TRAINING_CHUNKS, (long) trainingChunks)
                .put(SELECTION_BATCHES, (long) selectionBatches);
    }
}
