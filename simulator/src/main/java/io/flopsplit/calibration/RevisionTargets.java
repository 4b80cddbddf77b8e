package io.flopsplit.calibration;

import static io.flopsplit.calibration.TestTimeCases.accuracy;
import static io.flopsplit.calibration.TestTimeCases.revisionModel;
import static io.flopsplit.calibration.TestTimeCases.snellRevision;
import static io.flopsplit.calibration.TestTimeCases.strategy;

import io.flopsplit.calibration.CalibrationTarget.Basis;
import io.flopsplit.inference.Revisions;
import io.flopsplit.inference.StrategyParameters;
import io.flopsplit.inference.VerifierKeys;
import io.flopsplit.tasks.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Snell et al. 2024 (arXiv 2408.03314, §6) on the {@code snell-math} suite at their revision model:
 * the share of right answers a revision breaks ("around 38%", §6.1), sequential revisions narrowly
 * ahead of parallel samples with the same verifier selection (Fig. 6 right), and parallel samples of
 * the revision model with best-of-N weighted selection (Fig. 8, third-party reading, ±1.5 points).
 * Every row judges the revision model's outputs with the verifier Snell et al. trained on them
 * ({@link TestTimeCases#revisionModel()}: {@code revisionVerifier}'s default, {@code
 * snell-revision-orm}). The revision constants κ = 0.2, δ = 0.5 are the point of a grid over κ × δ
 * that met the break rate and the sequential-versus-parallel direction (see {@link Revisions}); the
 * ORM's separation was fitted to the Fig. 8 points ({@link RevisionVerifierFit}).
 */
final class RevisionTargets {

    private static final String SUBJECT = "snell-math, revision model";
    private static final String SNELL = "Snell et al. 2024, arXiv 2408.03314";
    /** The verifier that judges the revision model's outputs. */
    private static final String ORM = VerifierKeys.REVISION_PRESET.defaultValue();
    /** The chain length over which the break rate is counted. */
    static final int CHAIN = 64;

    private RevisionTargets() {
    }

    static List<CalibrationTarget> targets() {
        List<CalibrationTarget> targets = new ArrayList<>();
        targets.add(new CalibrationTarget("R1", SUBJECT + ": revisions", "right answers turned wrong by a revision,"
                + " chains of " + CHAIN, new Source(SNELL, "§6.1 text"), new Tolerance.Absolute(0.38, 0.05),
                Basis.FITTED, RevisionTargets::breakRate));
        int[] budgets = {4, 16, 64};
        for (int i = 0; i < budgets.length; i++) {
            int k = budgets[i];
            targets.add(new CalibrationTarget("R" + (2 + i), SUBJECT + ": revisions, verifier selection",
                    "sequential - parallel at N = " + k, new Source(SNELL, "Fig. 6 (right) and §6.2 text"),
                    new Tolerance.Direction("sequential \"narrowly outperforms\" parallel", 0, 0.06), Basis.FITTED,
                    () -> accuracy(strategy(Revisions.ID, revisionModel()), snellRevision(), k)
                            - accuracy(strategy(Revisions.ID, parallel(k)), snellRevision(), k)));
        }
        for (int i = 0; i < RevisionVerifierFit.BUDGETS.length; i++) {
            int k = RevisionVerifierFit.BUDGETS[i];
            targets.add(new CalibrationTarget("R" + (5 + i), SUBJECT + ": weighted-best-of-k, " + ORM,
                    "parallel samples, best-of-N weighted, N = " + k, new Source(SNELL,
                            "Fig. 8, third-party reading of the figure"),
                    new Tolerance.Absolute(RevisionVerifierFit.TARGETS[i], RevisionVerifierFit.SIGMA), Basis.FITTED,
                    () -> RevisionVerifierFit.parallel(revisionModel(), k)));
        }
        return targets;
    }

    private static StrategyParameters parallel(int k) {
        return revisionModel().with(Revisions.CHAINS, (long) k);
    }

    /**
     * Of the right answers at positions 1..{@value #CHAIN} − 1 of a chain, the share the next
     * revision turns wrong, (1 − κ)(1 − p′) each, weighted by how often each problem's chain is right
     * there: P(right at t + 1) = κ·P(right at t) + (1 − κ)·p′, from p at t = 1. With the shipped
     * constants.
     */
    static double breakRate() {
        return breakRate((Revisions) strategy(Revisions.ID));
    }

    /** The break rate of {@code revisions}' constants. */
    static double breakRate(Revisions revisions) {
        double keep = revisions.keep();
        var problems = snellRevision().problems();
        double right = 0;
        double broken = 0;
        for (int i = 0; i < problems.size(); i++) {
            double p = problems.problem(i).passAt1();
            double revised = Problem.sigmoid(problems.problem(i).logit() + revisions.gain());
            double atT = p;
            double sum = 0;
            for (int t = 1; t < CHAIN; t++) {
                sum += atT;
                atT = keep * atT + (1 - keep) * revised;
            }
            right += problems.weight(i) * sum;
            broken += problems.weight(i) * sum * (1 - keep) * (1 - revised);
        }
        return broken / right;
    }
}
