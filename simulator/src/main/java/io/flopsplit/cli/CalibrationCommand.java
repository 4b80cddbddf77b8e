package io.flopsplit.cli;

import io.flopsplit.calibration.CalibrationResult;
import io.flopsplit.calibration.CalibrationTargets;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code flopsplit calibration}: every registered calibration target next to the model's value,
 * with its source, tolerance and verdict. A documented departure (a target the model is known to
 * miss, with the reason) is printed as {@code departs} and named on standard error. Exits 0 when
 * every target passes or departs as documented; otherwise prints the whole table all the same,
 * names the unexpected verdicts on standard error and exits 1, so that a script or CI stops on a
 * broken calibration — or on a departure that no longer departs, whose listing is then stale.
 */
@Command(name = "calibration", mixinStandardHelpOptions = true,
        description = {"Shows each published target the models are calibrated to (test-time strategies and presets,"
                + " data selection) next to the model's value, with its source, tolerance and verdict.",
                "Exit status: 0 when every target is within its tolerance, 1 when one is not (the failing targets"
                        + " are named on standard error). Targets the models are known to miss are printed as"
                        + " 'departs' with the reason and named on standard error; they do not change the exit"
                        + " status unless they stop departing."})
final class CalibrationCommand implements Callable<Integer> {

    /** Exit status when a target is outside its tolerance. */
    static final int OUTSIDE_TOLERANCE = 1;

    @Mixin
    OutputOptions output;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<CalibrationResult> results = CalibrationTargets.evaluate();
        output.print(results.stream().map(CalibrationResult::row).toList());
        PrintWriter err = spec.commandLine().getErr();
        List<CalibrationResult> departing = results.stream()
                .filter(result -> result.target().knownDeparture() && !result.passed()).toList();
        if (!departing.isEmpty()) {
            err.println("flopsplit calibration: " + departing.size() + " of " + results.size()
                    + " targets are known departures of the model:");
            departing.forEach(result -> err.println("  " + describe(result) + "; " + result.target().departure()));
        }
        List<CalibrationResult> failed = results.stream().filter(result -> !result.asDocumented()).toList();
        if (failed.isEmpty()) {
            err.flush();
            return 0;
        }
        err.println("flopsplit calibration: " + failed.size() + " of " + results.size()
                + " targets not as documented (outside their tolerance, or listed as departing but within it):");
        failed.forEach(result -> err.println("  " + describe(result)));
        err.flush();
        return OUTSIDE_TOLERANCE;
    }

    private static String describe(CalibrationResult result) {
        var target = result.target();
        String model = result.model().isPresent()
                ? "model " + io.flopsplit.compute.NumberText.significant(result.model().getAsDouble(), 5)
                : "no value: " + result.problem();
        return target.id() + " (" + target.quantity() + "): " + model + ", published "
                + target.tolerance().publishedText() + ", tolerance " + target.tolerance().describe();
    }
}
