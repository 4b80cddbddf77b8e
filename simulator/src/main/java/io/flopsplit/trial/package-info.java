/**
 * One trial of a policy in a world: the policy splits the budget, the event-driven simulator plays
 * data selection, pretraining and deployment on one ledger, and the result gathers what the trial
 * produced. Built on {@code policy} and {@code engine}; the Monte Carlo runner plays many trials.
 */
package io.flopsplit.trial;
