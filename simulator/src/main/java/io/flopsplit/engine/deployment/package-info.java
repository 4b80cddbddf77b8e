/**
 * The deployment phase: the demand ({@link io.flopsplit.engine.deployment.Demand}) arrives over its
 * window, each simulated query is a {@link io.flopsplit.engine.deployment.Query} event answered by the
 * serving plan and paid from the inference account for all the real queries it stands for, and when
 * the account runs short the {@link io.flopsplit.engine.deployment.Exhaustion} rule decides; the
 * outcome ({@link io.flopsplit.engine.deployment.DeploymentOutcome}) counts real queries served in
 * full, partially and dropped, accuracy and FLOPs per query.
 */
package io.flopsplit.engine.deployment;
