/**
 * Allocation policies: how a fixed compute budget is split between data selection, pretraining and
 * test-time compute, and how a policy reacts while training runs (policies implement the
 * {@code engine.training} hook). Each policy decides from a {@link io.flopsplit.allocation.Forecast}
 * (what it believes: the nominal law, the demand forecast); only the oracle is told the trial's
 * truth. Every kind of policy is a {@link io.flopsplit.policy.PolicyType} — its name, description
 * and options (documented keys) — registered explicitly in {@link io.flopsplit.policy.Policies}:
 * the built-ins there, users' own with {@code Policies.register} (from a jar, through a
 * {@link io.flopsplit.policy.PolicyProvider} the command line loads); no classpath scanning. A type may
 * declare a {@link io.flopsplit.policy.Monotonicity}; {@code io.flopsplit.check} property-tests any
 * policy against the invariants every allocation must keep.
 */
package io.flopsplit.policy;
