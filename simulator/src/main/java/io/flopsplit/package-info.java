/**
 * flopsplit: a test-time versus train-time compute simulator.
 *
 * <p>Packages by concept, with dependencies pointing one way only, lower first: {@code compute}
 * (FLOPs conventions, checks, number text), {@code yaml} (located input files), {@code random},
 * {@code memo}; {@code keys} (every setting declared once), {@code laws}, {@code tasks},
 * {@code uncertainty}, {@code statistics}, {@code ledger}, {@code arrivals}; {@code optimum},
 * {@code data}, {@code inference} (test-time strategies and their registry); {@code engine} (the event
 * kernel) and its phases {@code engine.selection}, {@code engine.training}, {@code engine.deployment};
 * {@code allocation} (what policies reason with), {@code calibration}; then {@code policy} &larr;
 * {@code trial} &larr; {@code montecarlo} &larr; {@code scenario} &larr; {@code report} &larr;
 * {@code sweep} &larr; {@code cli}; {@code laws}, {@code optimum}, {@code random}, {@code statistics} &larr; {@code fit} (a law
 * fitted to a user's runs) &larr; {@code cli}.
 */
package io.flopsplit;
