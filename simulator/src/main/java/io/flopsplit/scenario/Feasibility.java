package io.flopsplit.scenario;

import io.flopsplit.optimum.InfeasibleTargetException;
import io.flopsplit.policy.Policy;
import io.flopsplit.trial.Trial;
import io.flopsplit.trial.World;
import io.flopsplit.yaml.InputError;
import io.flopsplit.yaml.YamlNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks, when a scenario is read, that every policy can play its trials: in the scenario's nominal
 * world (every uncertain input at its mean; policies other than the oracle decide from it in every
 * trial), each policy must allocate and its trial must be set up within the work bound, exactly as a
 * run would ({@link Trial#check}). A refusal is bad input, located at the key that makes the policy
 * infeasible when the refusal names one the file gives (the budget that cannot both train and serve
 * is {@code budget.total}), otherwise at the policy's item {@code policies[i]}; a scenario that passes
 * runs, and a failure inside its trials is a defect of flopsplit.
 */
final class Feasibility {

    /** The budget, the demand and the query lengths: what "cannot both train and serve" weighs. */
    private static final List<String> SERVING = List.of("budget.total", "deployment.queries",
            "deployment.answerTokens", "deployment.promptTokens");
    /** The budget and what scoring the pool costs. */
    private static final List<String> SCORING = List.of("budget.total", "data.poolTokens",
            "data.selection.proxyParams", "data.selection.flopsPerParamToken");

    /**
     * The scenario keys behind each kind of refusal, the one it is about first: the error points at
     * the first of them the file gives. Refusals are told apart by what they say, since the models
     * name their own quantities ({@code budgetFlops}, {@code keptFraction}).
     */
    private static final List<Map.Entry<Pattern, List<String>>> CULPRITS = List.of(
            Map.entry(Pattern.compile("serve the forecast demand"), SERVING),
            Map.entry(Pattern.compile("scoring the pool|data selection costs"), SCORING),
            Map.entry(Pattern.compile("^keptFraction: "), List.of("data.selection.keptFraction", "data.uniqueTokens",
                    "data.poolTokens")),
            Map.entry(Pattern.compile("training chunks, each decided"), List.of("simulation.trainingChunks")),
            Map.entry(Pattern.compile("^a trial would take"), List.of("deployment.simulatedQueries")),
            Map.entry(Pattern.compile("^(budgetFlops|trainingFlops|availableFlops): "), List.of("budget.total")));

    /** Internal names a model may start its message with, dropped once the error names the key. */
    private static final Pattern QUANTITY = Pattern.compile("^(budgetFlops|trainingFlops|availableFlops|keptFraction): ");

    private Feasibility() {
    }

    /** Checks every policy of {@code scenario}, read from {@code root} (for a variant, its keys laid over the file's). */
    static void check(Scenario scenario, YamlNode.Mapping root) {
        World nominal;
        try {
            nominal = new ScenarioWorlds(scenario).nominal();
        } catch (IllegalArgumentException e) {
            throw root.error("the scenario makes no world: " + e.getMessage());
        }
        List<Policy> policies = scenario.policies();
        for (int i = 0; i < policies.size(); i++) {
            try {
                Trial.check(nominal, policies.get(i));
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw refusal(root, i, policies.get(i), e);
            }
        }
    }

    private static InputError refusal(YamlNode.Mapping root, int index, Policy policy,
                                      RuntimeException refused) {
        String message = String.valueOf(refused.getMessage()).replaceFirst("^policy " + Pattern.quote(policy.name())
                + ": ", "");
        List<String> culprits = culprits(message, refused);
        String problem = QUANTITY.matcher(message).replaceFirst("");
        Optional<YamlNode> items = node(root, ScenarioReader.POLICIES).filter(YamlNode.Sequence.class::isInstance);
        String name = "policy " + policy.name();
        for (String culprit : culprits) {
            Optional<YamlNode> given = node(root, culprit);
            if (given.isPresent()) {
                String item = items.isPresent() ? " (" + ScenarioReader.POLICIES + "[" + index + "])" : "";
                String owner = culprit.equals(culprits.get(0)) ? "" : " with this " + culprits.get(0);
                return given.get().error(name + item + " cannot run" + owner + ": " + problem);
            }
        }
        String owner = culprits.isEmpty() ? "" : " with " + culprits.get(0) + " at its default";
        if (items.isPresent()) {
            YamlNode item = ((YamlNode.Sequence) items.get()).items().get(index);
            return item.error(name + " cannot run" + owner + ": " + problem);
        }
        return new InputError(root.location().source(), root.location().line(), ScenarioReader.POLICIES,
                name + " (listed by default) cannot run" + owner + ": " + problem);
    }

    private static List<String> culprits(String message, RuntimeException refused) {
        if (refused instanceof InfeasibleTargetException infeasible
                && infeasible.quantity() == InfeasibleTargetException.Quantity.BUDGET) {
            return List.of("budget.total");
        }
        return CULPRITS.stream().filter(entry -> entry.getKey().matcher(message).find()).findFirst()
                .map(Map.Entry::getValue).orElse(List.of());
    }

    /** The node at a dotted key path under {@code root}, if the file gives it. */
    private static Optional<YamlNode> node(YamlNode.Mapping root, String path) {
        YamlNode node = root;
        for (String key : path.split("\\.")) {
            if (!(node instanceof YamlNode.Mapping mapping) || !mapping.entries().containsKey(key)) {
                return Optional.empty();
            }
            node = mapping.entries().get(key);
        }
        return node instanceof YamlNode.Scalar scalar && scalar.isNull() ? Optional.empty() : Optional.of(node);
    }
}
