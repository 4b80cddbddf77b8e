/**
 * Allocation policies: how a fixed compute budget is split between data selection, pretraining and
 * test-time compute, and how a policy reacts while training runs. Each policy decides from a
 * {@link io.flopsplit.policy.Forecast} (what it believes: the nominal law, the demand forecast);
 * the oracle decides from the trial's true law. Policies are registered by name in
 * {@link io.flopsplit.policy.Policies}; no classpath scanning.
 */
package io.flopsplit.policy;

import io.flopsplit.allocation.Allocation;

