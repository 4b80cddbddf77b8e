/**
 * How queries arrive over a deployment window: a homogeneous Poisson process or a demand curve (an
 * inhomogeneous Poisson process with a piecewise-linear rate), drawn in bulk and in time order by
 * {@link io.flopsplit.arrivals.ArrivalTimes} (Devroye 1986, ch. V and VI).
 */
package io.flopsplit.arrivals;
