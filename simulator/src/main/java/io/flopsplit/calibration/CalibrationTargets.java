package io.flopsplit.calibration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of calibration targets by id, in registration order: the built-in groups, registered
 * here explicitly (test-time first, then data selection), then any registered with
 * {@link #register}. {@code flopsplit calibration} prints every one next to the model's value, and
 * a test holds every one within its tolerance, so a change that breaks the calibration fails CI.
 *
 * <p>Adding a target is one entry in its group's list ({@link TestTimeTargets#targets()},
 * {@link DataSelectionTargets#targets()}); a new group is one line here.
 */
public final class CalibrationTargets {

    private static final Map<String, CalibrationTarget> TARGETS = new LinkedHashMap<>();

    static {
        TestTimeTargets.targets().forEach(CalibrationTargets::register);
        SearchTargets.targets().forEach(CalibrationTargets::register);
        VerifierTargets.targets().forEach(CalibrationTargets::register);
        RevisionTargets.targets().forEach(CalibrationTargets::register);
        AdaptiveTargets.targets().forEach(CalibrationTargets::register);
        MatchTargets.targets().forEach(CalibrationTargets::register);
        WuTargets.targets().forEach(CalibrationTargets::register);
        DataSelectionTargets.targets().forEach(CalibrationTargets::register);
    }

    private CalibrationTargets() {
    }

    /**
     * Registers {@code target} until the returned registration is closed (a test closes it).
     *
     * @throws IllegalArgumentException if its id is taken by another target
     */
    public static synchronized Registration register(CalibrationTarget target) {
        CalibrationTarget taken = TARGETS.get(target.id());
        if (taken != null && taken != target) {
            throw new IllegalArgumentException("calibration target '" + target.id() + "' is already registered ("
                    + taken.quantity() + ")");
        }
        TARGETS.put(target.id(), target);
        return taken == null ? () -> unregister(target) : () -> { };
    }

    private static synchronized void unregister(CalibrationTarget target) {
        TARGETS.remove(target.id(), target);
    }

    /** A registration that can be withdrawn: closing it unregisters the target. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /** Every registered target, in order. */
    public static synchronized List<CalibrationTarget> all() {
        return List.copyOf(TARGETS.values());
    }

    /** The target registered as {@code id}. */
    public static synchronized Optional<CalibrationTarget> find(String id) {
        return Optional.ofNullable(TARGETS.get(id));
    }

    /** Every registered target evaluated against the model as it is now, in order. */
    public static List<CalibrationResult> evaluate() {
        return all().stream().map(CalibrationTarget::evaluate).toList();
    }
}
