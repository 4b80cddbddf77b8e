/**
 * Training data and its selection: candidate pools, proxy scorers and the
 * quality–quantity trade-off of filtering (Goyal et al. 2024, arXiv 2404.07177). Pure models that
 * depend only on {@code compute} and {@code laws}; the engine plays them out on its clock.
 */
package io.flopsplit.data;
