/**
 * Success tabulated once per run: a strategy that offers {@link io.flopsplit.inference.LogitSuccess}
 * has its success at budget k tabulated over the one-attempt logit ({@link
 * io.flopsplit.tabulation.SuccessCurve}, checked against the plan at every midpoint), so that an
 * expected accuracy over a suite is one spline reading per quadrature node, for any model, loss or
 * deployment; and the quadrature of a curve over a suite is itself tabulated in the model's ability,
 * so that an expected accuracy is one spline reading ({@link io.flopsplit.tabulation.SuiteAccuracy}).
 */
package io.flopsplit.tabulation;
