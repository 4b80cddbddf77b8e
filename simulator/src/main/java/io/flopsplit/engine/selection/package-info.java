/**
 * The data-selection phase: a proxy model scores the candidate pool in batches
 * ({@link io.flopsplit.engine.selection.SelectionBatch} events), each paid from the selection account.
 */
package io.flopsplit.engine.selection;
