package io.flopsplit.uncertainty;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * An uncertain scalar input: a probability distribution that knows its mean and its support and
 * draws values from a random stream it is given (never from a global generator). Draws are always
 * finite and inside {@code [low(), high()]}.
 */
public sealed interface Uncertain permits Fixed, Normal, LogNormal, Uniform, Triangular, ScaledBeta {

    /** One draw. */
    double sample(UniformRandomProvider random);

    /** The distribution's mean. */
    double mean();

    /** The smallest value a draw can take (may be -Double.MAX_VALUE for an unbounded normal). */
    double low();

    /** The largest value a draw can take (may be Double.MAX_VALUE). */
    double high();

    /** A short description for reports, e.g. {@code normal(mean=1.8172, sd=0.03)}. */
    String describe();
}
