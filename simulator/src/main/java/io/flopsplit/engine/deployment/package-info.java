/**
 * The deployment phase: the demand ({@link io.flopsplit.engine.deployment.Demand}) arrives over its
 * window as real queries, served in {@link io.flopsplit.engine.deployment.QueryBatch} events, each
 * answered at one serving level and paid from the inference account for its real queries; when the
 * account runs short the {@link io.flopsplit.engine.deployment.Exhaustion} rule decides; the
 * outcome ({@link io.flopsplit.engine.deployment.DeploymentOutcome}) counts real queries served in
 * full, partially and dropped, accuracy and FLOPs per query.
 */
package io.flopsplit.engine.deployment;
