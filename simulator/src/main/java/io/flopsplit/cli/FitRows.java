package io.flopsplit.cli;

import io.flopsplit.compute.NumberText;
import io.flopsplit.fit.Estimate;
import io.flopsplit.fit.FitSettings;
import io.flopsplit.fit.LawFit;
import io.flopsplit.fit.Quantity;
import io.flopsplit.report.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows {@code flopsplit fit} prints: one per fitted quantity (estimate, standard error,
 * percentile interval and, for the five constants, their correlations), a JSON summary line of how
 * the fit was made, and the table's footer saying the same in words.
 */
final class FitRows {

    private static final List<String> CORRELATION_COLUMNS = List.of("corrE", "corrA", "corrB", "corrAlpha", "corrBeta");

    private FitRows() {
    }

    /** One row per quantity, in order. */
    static List<Row> estimates(LawFit fit) {
        List<Row> rows = new ArrayList<>();
        double[][] correlations = fit.correlations();
        for (int q = 0; q < fit.estimates().size(); q++) {
            rows.add(row(fit.estimates().get(q), q < correlations.length ? correlations[q] : null));
        }
        return rows;
    }

    private static Row row(Estimate estimate, double[] correlations) {
        Quantity quantity = estimate.quantity();
        Row row = new Row().text("quantity", quantity.name());
        quantity.budgetFlops().ifPresent(budget -> row.number("budget", budget));
        row.number("estimate", estimate.estimate()).number("standardError", estimate.standardError())
                .number("ciLow", estimate.low()).number("ciHigh", estimate.high());
        if (correlations != null) {
            for (int j = 0; j < correlations.length; j++) {
                row.number(CORRELATION_COLUMNS.get(j), correlations[j]);
            }
        }
        return row;
    }

    static Row summary(LawFit fit, String file) {
        FitSettings s = fit.settings();
        return new Row().text("file", file).number("runs", fit.runsRead())
                .number("fittedRuns", fit.runsFitted()).number("droppedHighest", s.dropHighest())
                .number("delta", s.delta()).number("starts", s.grid().size())
                .number("convergedStarts", fit.startsConverged()).number("objective", fit.objective())
                .number("rmsLogResidual", fit.rmsLogResidual()).number("resamples", s.resamples())
                .number("failedResamples", fit.failedResamples()).number("seed", s.seed()).number("level", s.level())
                .text("law", fit.profileId());
    }

    static String footer(LawFit fit) {
        FitSettings s = fit.settings();
        String runs = fit.runsFitted() + " runs" + (s.dropHighest() == 0 ? ""
                : " (of " + fit.runsRead() + "; the " + s.dropHighest() + " highest losses dropped)");
        return "Fitted to " + runs + " by the summed Huber loss (delta " + NumberText.exact(s.delta())
                + ") of log-loss from " + s.grid().size() + " starts (" + fit.startsConverged() + " converged);"
                + " RMS log-loss residual " + NumberText.significant(fit.rmsLogResidual(), 3) + ".\n"
                + s.resamples() + " bootstrap resamples (seed " + s.seed() + ", " + fit.failedResamples() + " failed): "
                + "standard errors, " + NumberText.significant(100 * s.level(), 4) + "% percentile intervals and the"
                + " constants' correlations (corr*); params, tokens, tokensPerParam: compute-optimal at the budget"
                + " (C = 6ND); paramsExponent: a = beta/(alpha+beta).\n"
                + "law: " + fit.profileId();
    }
}
