/**
 * Solvers on loss laws: the compute-optimal model for a budget (Hoffmann et al. 2022 Eq. 4, and
 * numerically for any law), the cheapest model to train to a target loss, the tokens a given model
 * needs for it, and the inference-aware lifetime optimum of Sardana et al. 2024.
 */
package io.flopsplit.optimum;
