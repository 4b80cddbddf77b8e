package io.flopsplit.calibration;

import io.flopsplit.compute.Checks;
import java.util.OptionalDouble;
import java.util.function.DoubleSupplier;

/**
 * One published value the model is held to: what it concerns (a preset, a strategy, a policy or a
 * model), the quantity, the value and its source, the tolerance, whether the model's constants were
 * fitted to it, and how the model's value is computed. {@link #evaluate()} computes that value
 * (each time: nothing is cached, so a changed model is seen) and gives the verdict.
 *
 * @param id short and unique, e.g. {@code DS5} or {@code B2}
 * @param subject what the target concerns, e.g. {@code math-like preset: pass@k}
 * @param quantity the quantity compared, with its setting
 * @param source where the published value comes from
 * @param tolerance the published value and how close the model must come
 * @param basis whether the model was fitted to it
 * @param model computes the model's value
 * @param departure empty, or why the model is known to miss this target (a documented departure:
 *        the row is kept and printed as {@code departs}; a test lists every departure, so that a
 *        change which fixes one, or breaks another, is noticed)
 */
public record CalibrationTarget(String id, String subject, String quantity, Source source, Tolerance tolerance,
                                Basis basis, DoubleSupplier model, String departure) {

    /** How a target relates to the model's constants. */
    public enum Basis {
        /** A constant was fitted to it: the row checks that the implementation still holds the fit. */
        FITTED("fit"),
        /** Not used in any fit: the row is a prediction of the model. */
        PREDICTED("check"),
        /** A property that the model's form must have whatever its constants. */
        IDENTITY("identity");

        private final String label;

        Basis(String label) {
            this.label = label;
        }

        /** The word shown in outputs. */
        public String label() {
            return label;
        }
    }

    public CalibrationTarget {
        Checks.present("id", id);
        if (!id.matches("[A-Za-z][A-Za-z0-9.-]*")) {
            throw new IllegalArgumentException("id: must be a word of letters, digits, dots and dashes, was '"
                    + id + "'");
        }
        Checks.present("subject", subject);
        Checks.present("quantity", quantity);
        Checks.present("source", source);
        Checks.present("tolerance", tolerance);
        Checks.present("basis", basis);
        Checks.present("model", model);
        Checks.present("departure", departure);
    }

    /** A target the model is expected to meet. */
    public CalibrationTarget(String id, String subject, String quantity, Source source, Tolerance tolerance,
            Basis basis, DoubleSupplier model) {
        this(id, subject, quantity, source, tolerance, basis, model, "");
    }

    /** This target, documented as one the model is known to miss, and why. */
    public CalibrationTarget departs(String why) {
        if (why.isBlank()) {
            throw new IllegalArgumentException("why: a departure says why, was blank");
        }
        return new CalibrationTarget(id, subject, quantity, source, tolerance, basis, model, why);
    }

    /** Whether the model is documented as missing this target. */
    public boolean knownDeparture() {
        return !departure.isEmpty();
    }

    /**
     * Computes the model's value and the verdict. A value that cannot be computed (the model throws,
     * or gives NaN or an infinity) fails the target, with the reason.
     */
    public CalibrationResult evaluate() {
        double value;
        try {
            value = model.getAsDouble();
        } catch (RuntimeException e) {
            return CalibrationResult.notComputed(this, String.valueOf(e.getMessage()));
        }
        if (!Double.isFinite(value)) {
            return CalibrationResult.notComputed(this, "the model's value is " + value);
        }
        return new CalibrationResult(this, OptionalDouble.of(value), tolerance.accepts(value), "");
    }
}
