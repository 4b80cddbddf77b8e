/**
 * The FLOPs ledger of one trial: the budget split into accounts by {@link io.flopsplit.ledger.Phase}
 * (data selection, pretraining, inference), debited by every piece of work, with its invariants
 * checked on every operation — no account overdrawn, nothing negative, spent + unspent = budget
 * (within 1e-12 of the budget) — in compensated double-double sums
 * ({@link io.flopsplit.ledger.CompensatedSum}), so 1e12-FLOP debits against a 1e30 budget are not
 * lost; and {@link io.flopsplit.ledger.Installments} for paying a planned amount in pieces.
 */
package io.flopsplit.ledger;
