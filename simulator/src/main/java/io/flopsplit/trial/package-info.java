/**
 * One trial of a policy in a {@link io.flopsplit.trial.World} (what policies believe, and the
 * trial's truth): the policy splits the budget, the event-driven simulator plays data selection,
 * pretraining and deployment on one ledger, and the {@link io.flopsplit.trial.TrialResult} gathers
 * the value of every {@link io.flopsplit.trial.Metric}. Built on {@code policy} and {@code engine};
 * the Monte Carlo runner plays many trials.
 */
package io.flopsplit.trial;
