package io.flopsplit.calibration;

import io.flopsplit.compute.Checks;
import io.flopsplit.report.Row;
import java.util.OptionalDouble;

/**
 * A target next to the model's value, with the verdict.
 *
 * @param target the target
 * @param model the model's value; empty when it could not be computed
 * @param passed whether the value is within the target's tolerance
 * @param problem why no value was computed; empty otherwise
 */
public record CalibrationResult(CalibrationTarget target, OptionalDouble model, boolean passed, String problem) {

    public CalibrationResult {
        Checks.present("target", target);
        Checks.present("model", model);
        Checks.present("problem", problem);
        if (model.isEmpty() && (passed || problem.isBlank())) {
            throw new IllegalArgumentException("model: a target without a value fails and says why");
        }
    }

    /** A target whose value could not be computed: it fails, with {@code problem}. */
    static CalibrationResult notComputed(CalibrationTarget target, String problem) {
        return new CalibrationResult(target, OptionalDouble.empty(), false, problem.isBlank() ? "no value" : problem);
    }

    /**
     * {@code pass}; {@code departs} for a documented departure that still misses; {@code FAIL} for a
     * target missed without being documented; {@code pass (listed as departing)} for a documented
     * departure the model now meets (the list of departures is then out of date).
     */
    public String verdict() {
        if (target.knownDeparture()) {
            return passed ? "pass (listed as departing)" : "departs";
        }
        return passed ? "pass" : "FAIL";
    }

    /** Whether the result is what the target list says: a pass, or a miss documented as a departure. */
    public boolean asDocumented() {
        return passed != target.knownDeparture();
    }

    /** The row the {@code calibration} command prints. */
    public Row row() {
        Row row = new Row().text("id", target.id()).text("subject", target.subject())
                .text("quantity", target.quantity()).text("published", target.tolerance().publishedText());
        if (model.isPresent()) {
            row.number("model", model.getAsDouble());
        } else {
            row.text("problem", problem);
        }
        return row.text("tolerance", target.tolerance().describe()).text("verdict", verdict())
                .text("basis", target.basis().label()).text("source", target.source().toString())
                .text("departure", target.departure());
    }
}
