package io.flopsplit.calibration;

import io.flopsplit.compute.ComputeConvention;
import io.flopsplit.inference.Deployment;
import io.flopsplit.inference.Plan;
import io.flopsplit.inference.Setting;
import io.flopsplit.inference.Strategies;
import io.flopsplit.inference.Strategy;
import io.flopsplit.inference.StrategyParameters;
import io.flopsplit.inference.VerifierKeys;
import io.flopsplit.laws.LawProfiles;
import io.flopsplit.scenario.DeploymentSection;
import io.flopsplit.tasks.Problem;
import io.flopsplit.tasks.ProblemSet;
import io.flopsplit.tasks.SuitePresets;
import io.flopsplit.tasks.TaskSuite;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The settings the test-time targets are evaluated in: the {@code snell-math} suite at Snell et
 * al.'s few-shot base model and at their revision model, and {@code math-like} at the 8B model
 * trained on 15e12 tokens ({@link MathLikeFit}); and the accuracy of a strategy there, overall or in
 * one difficulty quintile of the model's pass@1 (bin 1 easiest, as Snell et al. bin questions).
 * Success does not depend on the deployment's sizes or tokens, only FLOPs do.
 */
final class TestTimeCases {

    /** Difficulty bins: quintiles (Snell et al. 2024, §3.2). */
    static final int BINS = 5;
    /** The 8B model with the scenario's default query tokens. */
    static final Deployment DEPLOYMENT = new Deployment(MathLikeFit.PARAMS_8B,
            DeploymentSection.PROMPT_TOKENS.defaultValue(), DeploymentSection.ANSWER_TOKENS.defaultValue(),
            ComputeConvention.STANDARD);

    private TestTimeCases() {
    }

    static TaskSuite snellSuite() {
        return SuitePresets.resolve("snell-math");
    }

    /** PaLM 2-S* few-shot, the base model of Snell et al.'s search experiments. */
    static Setting snellBase() {
        return at(snellSuite(), SuitePresets.SNELL_BASE_ABILITY);
    }

    /** Snell et al.'s fine-tuned revision model. */
    static Setting snellRevision() {
        return at(snellSuite(), SuitePresets.SNELL_REVISION_ABILITY);
    }

    /** Llama-3-8B-Instruct on MATH as {@code math-like} holds it. */
    static Setting llama8b() {
        TaskSuite suite = SuitePresets.resolve("math-like");
        return new Setting(suite, LawProfiles.resolve("chinchilla").law().loss(MathLikeFit.PARAMS_8B, MathLikeFit.TOKENS),
                DEPLOYMENT);
    }

    /**
     * The parameters the revision model's outputs are judged with: the verifier of {@code
     * revisionVerifier}'s default (Snell et al.'s ORM trained on the revision model's outputs) also
     * as {@code verifier}, so that its parallel samples (weighted-best-of-k) are scored as its
     * revisions are.
     */
    static StrategyParameters revisionModel() {
        return StrategyParameters.defaults().with(VerifierKeys.PRESET, VerifierKeys.REVISION_PRESET.defaultValue());
    }

    private static Setting at(TaskSuite suite, double ability) {
        double loss = suite.ability().referenceLoss() - suite.ability().lossScale() * ability;
        return new Setting(suite, loss, DEPLOYMENT);
    }

    /** The strategy {@code id} with its default parameters. */
    static Strategy strategy(String id) {
        return strategy(id, StrategyParameters.defaults());
    }

    static Strategy strategy(String id, StrategyParameters parameters) {
        return Strategies.create(id, parameters, MathLikeFit.PARAMS_8B);
    }

    /** Expected accuracy of {@code strategy} at budget k over the setting's problems. */
    static double accuracy(Strategy strategy, Setting setting, int k) {
        return strategy.plan(setting, k).accuracy(setting.problems());
    }

    /** Expected accuracy in difficulty bin {@code bin} (1 easiest). */
    static double binAccuracy(Strategy strategy, Setting setting, int k, int bin) {
        var plan = strategy.plan(setting, k);
        return binMean(setting, bin, plan::successProbability);
    }

    /** pass@k (a perfect checker over k samples) in difficulty bin {@code bin}. */
    static double binCoverage(Setting setting, int k, int bin) {
        return binMean(setting, bin, problem -> problem.coverage(k));
    }

    /**
     * Snell et al.'s compute-optimal choice on oracle difficulty (§3.2, §5.3): each difficulty bin
     * served, at budget k, by whichever of {@code methods} is most accurate in it; the expected
     * accuracy over the setting's problems.
     */
    static double bestPerBin(List<Strategy> methods, Setting setting, int k) {
        List<Plan> plans = methods.stream().map(method -> method.plan(setting, k)).toList();
        double accuracy = 0;
        for (int bin = 1; bin <= BINS; bin++) {
            int b = bin;
            accuracy += plans.stream().mapToDouble(plan -> binTotal(setting, b, plan::successProbability)).max()
                    .orElseThrow();
        }
        return accuracy;
    }

    private static double binMean(Setting setting, int bin, ToDoubleFunction<Problem> value) {
        return binTotal(setting, bin, value) / binTotal(setting, bin, problem -> 1);
    }

    /** The probability-weighted sum of {@code value} over the problems of difficulty bin {@code bin}. */
    private static double binTotal(Setting setting, int bin, ToDoubleFunction<Problem> value) {
        ProblemSet problems = setting.problems();
        int[] bins = problems.binsByPassAt1(BINS);
        double sum = 0;
        for (int i = 0; i < problems.size(); i++) {
            if (bins[i] == bin) {
                sum += problems.weight(i) * value.applyAsDouble(problems.problem(i));
            }
        }
        return sum;
    }
}
