/**
 * Allocation policies: how a fixed compute budget is split between data selection, pretraining and
 * test-time compute, and how a policy reacts while training runs (policies implement the
 * {@code engine.training} hook). Each policy decides from a {@link io.flopsplit.allocation.Forecast}
 * (what it believes: the nominal law, the demand forecast); only the oracle is told the trial's
 * truth. Every kind of policy is a {@link io.flopsplit.policy.PolicyType} — its name, description
 * and options (documented keys) — registered explicitly in {@link io.flopsplit.policy.Policies}:
 * the built-ins there, users' own with {@code Policies.register}; no classpath scanning.
 * {@link io.flopsplit.policy.AllocationInvariants} checks any policy's allocations.
 */
package io.flopsplit.policy;
