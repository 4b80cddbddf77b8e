package io.flopsplit.fit;

import io.flopsplit.compute.Checks;
import io.flopsplit.compute.NumberText;
import io.flopsplit.laws.ChinchillaLaw;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Fits the Chinchilla form to runs and bootstraps it: drops the highest losses if asked, checks
 * that the runs can identify five constants, minimises the summed Huber loss of log-loss from every
 * start of the grid (Hoffmann et al. 2022, arXiv 2203.15556, App. D.2; Besiroglu et al. 2024,
 * arXiv 2404.10102), then refits each bootstrap resample from that optimum.
 */
public final class LawFitter {

    /** Share of failed resamples above which the fit warns that the intervals rest on fewer fits. */
    static final double FAILED_SHARE_WARNING = 0.01;

    private LawFitter() {
    }

    /**
     * The law fitted to {@code runs}.
     *
     * @throws IllegalArgumentException when the runs cannot identify the constants, or no start
     *     converges to a valid law
     */
    public static LawFit fit(List<Run> runs, FitSettings settings) {
        List<Run> kept = withoutHighestLosses(runs, settings.dropHighest());
        Identification.structuralProblem(kept).ifPresent(problem -> {
            throw new IllegalArgumentException(problem + dropped(settings));
        });
        HuberObjective objective = new HuberObjective(kept, settings.delta());
        try (Workers workers = new Workers(settings.threads())) {
            List<LogConstants> starts = settings.grid().starts();
            List<Optional<HuberFit.Optimum>> optima = workers.map(starts.size(), i -> HuberFit.from(objective, starts.get(i)));
            HuberFit.Optimum best = HuberFit.lowest(optima).orElseThrow(() -> new IllegalArgumentException(
                    "the optimiser converged from none of the " + starts.size() + " starting points; the runs do not"
                            + " follow the Chinchilla form closely enough to fit it"));
            ChinchillaLaw law = validLaw(best.constants());
            BootstrapSummary summary = BootstrapSummary.of(Quantity.all(settings.budgetsFlops()), law,
                    Bootstrap.replicates(kept, settings, best.constants(), workers), settings.level());
            int converged = (int) optima.stream().filter(Optional::isPresent).count();
            return new LawFit(settings, runs.size(), kept.size(), law, best.constants(), best.objective(),
                    rms(objective.residuals(best.constants())), converged, summary.estimates(),
                    summary.correlations(), summary.failed(), warnings(objective, best, summary, settings));
        }
    }

    /** What users should know about how well the runs identify the fit. */
    private static List<String> warnings(HuberObjective objective, HuberFit.Optimum best, BootstrapSummary summary,
                                         FitSettings settings) {
        List<String> warnings = new ArrayList<>();
        Identification.Conditioning conditioning = Identification.conditioning(objective, best.constants());
        if (conditioning.poor()) {
            warnings.add(conditioning.warning());
        }
        Identification.unpinned(summary.estimates().subList(0, Quantity.CONSTANTS.size())).ifPresent(warnings::add);
        if (summary.failed() > FAILED_SHARE_WARNING * settings.resamples()) {
            warnings.add(summary.failed() + " of " + settings.resamples() + " bootstrap resamples could not be"
                    + " fitted to a valid law; the intervals rest on the others and may be too narrow");
        }
        return warnings;
    }

    /** {@code runs} without the {@code count} highest losses (of equal losses, the later runs go first). */
    static List<Run> withoutHighestLosses(List<Run> runs, int count) {
        if (count == 0) {
            return List.copyOf(runs);
        }
        if (count >= runs.size()) {
            throw new IllegalArgumentException("dropHighest: must be below the number of runs (" + runs.size()
                    + "), was " + count);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> runs.get(i).loss()).reversed()
                .thenComparing(Comparator.reverseOrder()));
        List<Integer> dropped = order.subList(0, count);
        List<Run> kept = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            if (!dropped.contains(i)) {
                kept.add(runs.get(i));
            }
        }
        return kept;
    }

    private static String dropped(FitSettings settings) {
        return settings.dropHighest() == 0 ? "" : " (after dropping the " + settings.dropHighest() + " highest losses)";
    }

    private static ChinchillaLaw validLaw(LogConstants constants) {
        try {
            return constants.law();
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException("the best fit is no valid law (" + invalid.getMessage()
                    + ", with E = " + NumberText.significant(Math.exp(constants.e()), 5) + ", alpha = "
                    + NumberText.significant(constants.alpha(), 5) + ", beta = "
                    + NumberText.significant(constants.beta(), 5) + "): the losses do not fall with model size and"
                    + " tokens as the Chinchilla form requires, or the runs do not identify it");
        }
    }

    private static double rms(double[] residuals) {
        double sum = 0;
        for (double r : residuals) {
            sum += r * r;
        }
        return Checks.finite("rmsLogResidual", Math.sqrt(sum / residuals.length));
    }
}
