package io.flopsplit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.calibration.CalibrationTarget;
import io.flopsplit.calibration.CalibrationTargets;
import io.flopsplit.calibration.Source;
import io.flopsplit.calibration.Tolerance;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code flopsplit calibration}: every target in every format, exit 0 when all pass and 1 when one fails. */
class CalibrationCommandTest {

    @Test
    void everyTargetIsPrintedWithItsVerdictAndTheRunSucceeds() {
        CommandLineRun json = CommandLineRun.of("calibration", "--format", "json");
        assertEquals(0, json.code(), json.err());
        List<String> lines = json.lines();
        assertEquals(CalibrationTargets.all().size(), lines.size());
        for (String line : lines) {
            boolean departs = line.contains("\"departure\":\"") && !line.contains("\"departure\":\"\"");
            assertTrue(line.startsWith("{\"id\":") && line.contains(departs ? "\"verdict\":\"departs\"" : "\"verdict\":\"pass\"")
                    && line.contains("\"model\":") && line.contains("\"source\":"), line);
        }
        assertTrue(lines.get(0).contains("\"id\":\"B1\""));
        assertTrue(lines.stream().anyMatch(line -> line.contains("\"id\":\"DS5\"")
                && line.contains("\"tolerance\":\"± 0.05\"") && line.contains("\"basis\":\"fit\"")));
        assertTrue(lines.stream().anyMatch(line -> line.contains("\"id\":\"DS7\"")
                && line.contains("\"tolerance\":\"direction only: < 1\"")));
        CommandLineRun csv = CommandLineRun.of("calibration", "--format", "csv");
        assertEquals("id,subject,quantity,published,model,tolerance,verdict,basis,source,departure", csv.lines().get(0));
        assertEquals(CalibrationTargets.all().size() + 1, csv.lines().size());
        CommandLineRun table = CommandLineRun.of("calibration");
        assertTrue(table.lines().get(0).startsWith("id "), table.out());
    }

    @Test
    void aTargetOutsideItsToleranceFailsTheRunAndIsNamed() {
        CalibrationTarget broken = new CalibrationTarget("X9", "a broken model", "a value far off",
                new Source("a test", "here"), new Tolerance.Absolute(1, 0.01), CalibrationTarget.Basis.FITTED, () -> 2);
        try (var registration = CalibrationTargets.register(broken)) {
            CommandLineRun run = CommandLineRun.of("calibration", "--format", "csv");
            assertEquals(1, run.code());
            assertTrue(run.out().contains("X9,a broken model,a value far off,1,2,± 0.01,FAIL,fit,\"a test, here\","),
                    run.out());
            int all = CalibrationTargets.all().size();
            assertTrue(run.err().replace("\r", "").endsWith("flopsplit calibration: 1 of " + all + " targets not as"
                    + " documented (outside their tolerance, or listed as departing but within it):\n"
                    + "  X9 (a value far off): model 2, published 1, tolerance ± 0.01\n"), run.err());
        }
        assertEquals(0, CommandLineRun.of("calibration", "--format", "json").code());
    }
}
