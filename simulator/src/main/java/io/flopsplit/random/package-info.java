/**
 * Reproducible random streams: one stream per (trial, purpose), derived from a master seed by
 * jumping a xoshiro256++ generator (Commons RNG), so that every policy in a trial can be given the
 * same draws (common random numbers) and results never depend on the thread count.
 */
package io.flopsplit.random;
