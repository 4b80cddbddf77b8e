package io.flopsplit.fit;

import io.flopsplit.compute.NumberText;
import io.flopsplit.laws.ChinchillaLaw;
import java.util.List;

/**
 * A fitted law as the {@code law} section of a scenario file: the constants as a custom profile,
 * every digit kept (rounding published constants biased the Chinchilla fit's predictions,
 * Besiroglu et al. 2024, arXiv 2404.10102), and {@code uncertainty} with the bootstrap's standard
 * deviations and correlations of the linear constants E, A, B, alpha, beta, which a scenario
 * draws from as a multivariate normal (truncated to valid laws). Alone in a file the section is a
 * whole scenario, every other key at its default.
 */
public final class LawFragment {

    /** A standard deviation below this share of its constant is written as 0: the constant is known. */
    static final double NEGLIGIBLE_SD = 1e-6;

    private LawFragment() {
    }

    /** {@code custom:E=..,A=..,B=..,alpha=..,beta=..} with every digit. */
    public static String profileId(ChinchillaLaw law) {
        return "custom:E=" + NumberText.exact(law.e()) + ",A=" + NumberText.exact(law.a()) + ",B="
                + NumberText.exact(law.b()) + ",alpha=" + NumberText.exact(law.alpha()) + ",beta="
                + NumberText.exact(law.beta());
    }

    /**
     * The standard deviations written: the bootstrap's, with those negligible against their
     * constant (a fit to noise-free runs) set to 0.
     */
    public static double[] standardDeviations(LawFit fit) {
        List<Estimate> constants = fit.constantEstimates();
        double[] sds = new double[constants.size()];
        for (int i = 0; i < sds.length; i++) {
            Estimate estimate = constants.get(i);
            boolean negligible = estimate.standardError() <= NEGLIGIBLE_SD * Math.abs(estimate.estimate());
            sds[i] = negligible ? 0 : estimate.standardError();
        }
        return sds;
    }

    /** The correlations written: the bootstrap's, with a known constant (sd 0) uncorrelated. */
    public static double[][] correlations(LawFit fit) {
        double[] sds = standardDeviations(fit);
        double[][] correlations = fit.correlations();
        for (int i = 0; i < sds.length; i++) {
            for (int j = 0; j < sds.length; j++) {
                if (i != j && (sds[i] == 0 || sds[j] == 0)) {
                    correlations[i][j] = 0;
                }
            }
        }
        return correlations;
    }

    /**
     * The comment that opens the written law section: what produced it from {@code source}, how the
     * uncertainty is meant, and the fit's warnings. The section itself is the scenario's to write.
     */
    public static String header(LawFit fit, String source) {
        FitSettings settings = fit.settings();
        StringBuilder y = new StringBuilder();
        y.append("# Loss law fitted by flopsplit fit to ").append(source.replaceAll("\\R", " ")).append(": ").append(fit.runsFitted())
                .append(" runs");
        if (settings.dropHighest() > 0) {
            y.append(" (of ").append(fit.runsRead()).append(", the ").append(settings.dropHighest())
                    .append(" highest losses dropped)");
        }
        y.append(", Huber delta ").append(NumberText.exact(settings.delta())).append(" on log-loss, ")
                .append(settings.resamples()).append(" bootstrap resamples (seed ").append(settings.seed()).append(").\n");
        y.append("# uncertainty: the bootstrap's standard deviations and correlations of the constants (rows and\n")
                .append("# columns in the order E, A, B, alpha, beta), drawn as a multivariate normal (redrawn when a draw\n")
                .append("# makes no valid law); a standard deviation below ").append(NumberText.exact(NEGLIGIBLE_SD))
                .append(" of its constant is written as 0 (known).\n");
        fit.warnings().forEach(warning -> y.append("# WARNING: ").append(warning).append('\n'));
        return y.toString();
    }
}
