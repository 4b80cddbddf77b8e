package io.flopsplit.scenario;

import io.flopsplit.arrivals.Arrivals;
import io.flopsplit.inference.StrategyParameters;
import io.flopsplit.policy.AdaptiveDifficultyPolicy;
import io.flopsplit.policy.EarlyStopPolicy;
import io.flopsplit.policy.FixedSplitPolicy;
import io.flopsplit.policy.Policy;
import io.flopsplit.policy.SmallPlusSearchPolicy;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The effective scenario: every key with the value the run used, defaults applied, as YAML that
 * {@link ScenarioReader} reads back to the same scenario. Written next to the results so that every
 * result file says exactly what produced it.
 */
public final class EffectiveScenario {

    private EffectiveScenario() {
    }

    /** The scenario as YAML. */
    public static String yaml(Scenario s) {
        StringBuilder y = new StringBuilder();
        y.append("# Effective scenario: every key with the value used (defaults applied).\n");
        y.append("name: ").append(Yaml.text(s.name().replace('/', '-'))).append('\n');
        y.append("question: ").append(Yaml.text(s.question())).append('\n');
        y.append("budget:\n  total: ").append(Yaml.number(s.budgetFlops())).append('\n');
        law(y, s.law());
        y.append("data:\n  poolTokens: ").append(Yaml.number(s.pool().tokens()))
                .append("\n  uniqueTokens: ").append(Yaml.number(s.pool().uniqueTokens()))
                .append("\n  selection:\n    proxyParams: ").append(Yaml.number(s.selection().proxyParams()))
                .append("\n    flopsPerParamToken: ").append(Yaml.number(s.selection().flopsPerParamToken()))
                .append("\n    keptFraction: ").append(Yaml.number(s.selection().keptFraction()))
                .append("\n    gamma: ").append(Yaml.number(s.selection().quality().gamma()))
                .append("\n    maxMultiplier: ").append(Yaml.number(s.selection().quality().maxMultiplier())).append('\n');
        y.append("tasks:\n  suite: ").append(Yaml.text(s.suiteId())).append('\n');
        y.append("deployment:\n  queries: ").append(Distributions.write(s.queries()))
                .append("\n  simulatedQueries: ").append(Yaml.number(s.simulatedQueries()))
                .append("\n  windowDays: ").append(Yaml.number(s.windowDays()))
                .append("\n  arrivals: ").append(arrivals(s.arrivals()))
                .append("\n  exhaustion: ").append(Sections.exhaustionId(s.exhaustion()))
                .append("\n  promptTokens: ").append(Yaml.number(s.promptTokens()))
                .append("\n  answerTokens: ").append(Yaml.number(s.answerTokens())).append('\n');
        strategies(y, s);
        y.append("compute:\n  trainingFlopsPerParamToken: ")
                .append(Yaml.number(s.convention().trainingFlopsPerParamToken()))
                .append("\n  inferenceFlopsPerParamToken: ")
                .append(Yaml.number(s.convention().inferenceFlopsPerParamToken())).append('\n');
        y.append("hardware:\n  accelerators: ").append(s.accelerators())
                .append("\n  peakFlopsPerSecond: ").append(Yaml.number(s.hardware().peakFlopsPerSecond() / s.accelerators()))
                .append("\n  utilisation: ").append(Yaml.number(s.hardware().utilisation())).append('\n');
        y.append("simulation:\n  horizonDays: ").append(Yaml.number(s.horizonDays()))
                .append("\n  trainingChunks: ").append(s.trainingChunks())
                .append("\n  selectionBatches: ").append(s.selectionBatches()).append('\n');
        y.append("policies:\n");
        s.policies().forEach(policy -> y.append("  - ").append(policy(policy)).append('\n'));
        y.append("baseline: ").append(Yaml.text(s.baseline())).append('\n');
        y.append("montecarlo:\n  trials: ").append(s.montecarlo().trials())
                .append("\n  seed: ").append(s.montecarlo().seed())
                .append("\n  precision: ").append(Yaml.number(s.montecarlo().precision()))
                .append("\n  level: ").append(Yaml.number(s.montecarlo().level())).append('\n');
        return y.toString();
    }

    private static void law(StringBuilder y, LawSpec law) {
        y.append("law:\n  profile: ").append(Yaml.text(law.profile().id())).append('\n');
        law.sds().ifPresent(sds -> {
            y.append("  uncertainty:\n    sd: {");
            for (int i = 0; i < sds.length; i++) {
                y.append(i == 0 ? "" : ", ").append(LawSpec.CONSTANTS.get(i)).append(": ").append(Yaml.number(sds[i]));
            }
            y.append("}\n    correlations: [")
                    .append(Arrays.stream(law.correlations()).map(row -> Arrays.stream(row).mapToObj(Yaml::number)
                            .collect(Collectors.joining(", ", "[", "]"))).collect(Collectors.joining(", ")))
                    .append("]\n");
        });
    }

    private static void strategies(StringBuilder y, Scenario s) {
        StrategyParameters p = s.strategies();
        y.append("strategies:\n  verifierAuc: ").append(Distributions.write(s.verifierAuc())).append('\n');
        if (!Double.isNaN(p.verifierParams())) {
            y.append("  verifierParams: ").append(Yaml.number(p.verifierParams())).append('\n');
        }
        y.append("  prmAuc: ").append(Yaml.number(p.prmAuc())).append("\n  steps: ").append(p.steps())
                .append("\n  branching: ").append(p.branching())
                .append("\n  cotBoostPerDoubling: ").append(Yaml.number(p.cotBoostPerDoubling()))
                .append("\n  cotMaxBoost: ").append(Yaml.number(p.cotMaxBoost()))
                .append("\n  fixRate: ").append(Yaml.number(p.fixRate()))
                .append("\n  breakRate: ").append(Yaml.number(p.breakRate()))
                .append("\n  difficultyNoise: ").append(Yaml.number(p.difficultyNoise()))
                .append("\n  bins: ").append(p.bins()).append('\n');
    }

    private static String arrivals(Arrivals arrivals) {
        if (arrivals instanceof Arrivals.DemandCurve curve) {
            return "{curve: [" + curve.knots().stream().map(knot -> "[" + Yaml.number(knot.windowFraction()) + ", "
                    + Yaml.number(knot.relativeRate()) + "]").collect(Collectors.joining(", ")) + "]}";
        }
        return "poisson";
    }

    private static String policy(Policy policy) {
        String label = "";
        Policy inner = policy;
        if (policy instanceof LabelledPolicy labelled) {
            label = ", label: " + Yaml.text(labelled.label());
            inner = labelled.policy();
        }
        String options;
        if (inner instanceof FixedSplitPolicy p) {
            options = ", trainingShare: " + Yaml.number(p.trainingShare()) + ", strategy: " + p.strategy();
        } else if (inner instanceof SmallPlusSearchPolicy p) {
            options = ", sizeRatio: " + Yaml.number(p.sizeRatio()) + ", strategy: " + p.strategy();
        } else if (inner instanceof AdaptiveDifficultyPolicy p) {
            options = ", trainingShare: " + Yaml.number(p.trainingShare());
        } else if (inner instanceof EarlyStopPolicy p) {
            options = ", trainingShare: " + Yaml.number(p.trainingShare()) + ", strategy: " + p.strategy();
        } else {
            options = "";
        }
        return "{name: " + inner.name() + label + options + "}";
    }
}
