/**
 * Published pretraining loss laws: the Chinchilla form (Hoffmann et al. 2022 and its Epoch
 * replication), Kaplan et al. 2020's joint law and the data-constrained law of Muennighoff et al.
 * 2023, as immutable, validated profiles that know their source. Laws are pure functions of model
 * size, training tokens and (optionally) unique tokens; solvers live in {@code io.flopsplit.optimum}.
 */
package io.flopsplit.laws;
