package io.flopsplit.check;

import io.flopsplit.report.Row;
import java.util.List;

/**
 * Verdicts as people and scripts read them: one row per policy and invariant (policy, invariant,
 * result, worlds, refused, detail — the violation, or on the clear-refusals row one refusal's
 * message — then in JSON and CSV seed, examples and the counterexample scenario), and for each
 * falsified invariant a block with the shrunk counterexample, ready to save and run, and the command
 * that re-runs the check.
 */
public final class CheckReport {

    private CheckReport() {
    }

    /** One row per verdict; {@code withScenario} adds the counterexample's YAML as a field (JSON, CSV). */
    public static List<Row> rows(List<InvariantResult> results, boolean withScenario) {
        return results.stream().map(result -> row(result, withScenario)).toList();
    }

    private static Row row(InvariantResult result, boolean withScenario) {
        boolean said = !result.passed() || result.invariant() == Invariant.CLEAR_REFUSALS;
        Row row = new Row().text("policy", result.policy()).text("invariant", result.invariant().id())
                .text("result", result.status().id()).number("worlds", result.worlds())
                .number("refused", result.refused()).text("detail", said ? result.detail() : "");
        if (withScenario) {
            row.number("seed", result.options().seed())
                    .number("examples", result.options().examplesFor(result.invariant()));
            result.counterexample().ifPresent(found -> row.text("counterexample", found.scenario()));
        }
        return row;
    }

    /**
     * The counterexample of a falsified verdict as a block of text: what broke, the scenario file that
     * reproduces it, and {@code rerun}, the command that re-runs the check; empty for any other verdict.
     */
    public static String counterexample(InvariantResult result, String rerun) {
        return result.counterexample().map(found -> result.policy() + " breaks " + result.invariant().id() + " ("
                + result.invariant().statement() + ").\nShrunk counterexample, found with seed " + result.options().seed()
                + "; save it as counterexample.yaml and run `flopsplit run counterexample.yaml`:\n\n"
                + found.scenario() + "\nRe-run this check: " + rerun + "\n").orElse("");
    }

    /** What an untested verdict means, or empty. */
    public static String untested(InvariantResult result) {
        return result.status() == InvariantResult.Status.UNTESTED
                ? result.policy() + ": " + result.invariant().id() + " was not tested: the policy refused all "
                        + result.worlds() + " worlds it was offered (" + result.detail() + ")\n"
                : "";
    }
}
