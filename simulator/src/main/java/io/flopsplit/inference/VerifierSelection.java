package io.flopsplit.inference;

import io.flopsplit.tasks.Distractors;
import io.flopsplit.tasks.TaskSuite;
import java.util.List;

/**
 * What the two ways of choosing among k samples scored by one learned verifier share
 * ({@link BestOfKVerifier}, {@link WeightedBestOfK}): the scoring model of {@link Verifier}, the
 * costs 2·N·(τ_in + k·τ_out) + 2·N_v·k·(τ_in + τ_out), Monte-Carlo success tables
 * ({@link VerifierTables}) and the sampler that simulates a query; they differ only in the
 * {@link VerifierTables.Selection} that picks the answer.
 */
sealed interface VerifierSelection extends Strategy, LogitSuccess, Tabulated permits BestOfKVerifier, WeightedBestOfK {

    /** The scoring model and the verifier's size. */
    Verifier verifier();

    /** Steps per sample (the chances it has to hold an exploit). */
    int steps();

    /** How the answer is chosen from the scored samples. */
    VerifierTables.Selection selection();

    /** The samples per answer, then an answer effect and the best score or summed weight per answer. */
    @Override
    default double drawsPerQuery(TaskSuite suite, int k) {
        return VerifierQueries.selectionWork(suite, k);
    }

    /** Success depends on these constants, not on the verifier's size (the tabulation key, {@link LogitSuccess}). */
    @Override
    default Object successKey() {
        return List.of(verifier().scoring(), steps());
    }

    @Override
    default double flopsPerQuery(Deployment deployment, int k) {
        return deployment.samplingFlops(Strategy.checkK(k)) + deployment.scoringFlops(verifier().params(), k);
    }

    @Override
    default int maxK() {
        return MAX_SAMPLES;
    }

    /** The verifier's tables ({@link VerifierTables}) of this selection on these distractors. */
    @Override
    default TableFamily tables(Distractors distractors) {
        return VerifierTables.family(selection(), verifier(), steps(), distractors, maxK());
    }

    @Override
    default Plan plan(Setting setting, int k) {
        Strategy.checkK(k, this);
        SuccessTable table = BudgetGrid.table(tables(setting.suite().distractors()), k);
        VerifierQueries queries = new VerifierQueries(verifier(), setting.distractorShares(), steps());
        VerifierTables.Selection selection = selection();
        return new TabulatedPlan(id(), k, flopsPerQuery(setting.deployment(), k), table,
                (problem, streams) -> selection.succeeds(queries, problem.passAt1(), problem.logit(), k, streams),
                id() + "@" + k);
    }
}
