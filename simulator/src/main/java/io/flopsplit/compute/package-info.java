/**
 * Compute accounting: the FLOPs conventions every other package charges with, unit conversions,
 * and the argument checks shared by all validated value types.
 */
package io.flopsplit.compute;
