package io.flopsplit.fit;

import io.flopsplit.laws.ChinchillaLaw;
import java.util.List;

/**
 * A law fitted to runs, with its bootstrap uncertainty.
 *
 * @param settings how it was fitted
 * @param runsRead the runs given
 * @param runsFitted the runs fitted, after dropping the highest losses
 * @param law the law fitted to those runs
 * @param constants its constants in the fitted parametrisation
 * @param objective the summed Huber loss at the fit
 * @param rmsLogResidual the root-mean-square residual of log-loss at the fit
 * @param startsConverged from how many of the grid's starts the optimiser converged
 * @param estimates every quantity with its standard error and percentile interval
 * @param correlations correlations of E, A, B, alpha, beta across the bootstrap replicates
 * @param failedResamples resamples that gave no usable replicate
 * @param warnings what users should know about the fit's reliability, one sentence each
 */
public record LawFit(FitSettings settings, int runsRead, int runsFitted, ChinchillaLaw law, LogConstants constants,
                     double objective, double rmsLogResidual, int startsConverged, List<Estimate> estimates,
                     double[][] correlations, int failedResamples, List<String> warnings) {

    public LawFit {
        estimates = List.copyOf(estimates);
        warnings = List.copyOf(warnings);
        correlations = copy(correlations);
    }

    @Override
    public double[][] correlations() {
        return copy(correlations);
    }

    private static double[][] copy(double[][] matrix) {
        double[][] copy = new double[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            copy[i] = matrix[i].clone();
        }
        return copy;
    }

    /** The estimates of the five constants E, A, B, alpha, beta, in that order. */
    public List<Estimate> constantEstimates() {
        return estimates.subList(0, Quantity.CONSTANTS.size());
    }

    /** The fitted law as a profile id that {@code --law} and a scenario's {@code law.profile} accept. */
    public String profileId() {
        return LawFragment.profileId(law);
    }
}
