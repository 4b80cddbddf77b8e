package io.flopsplit.scenario;

import io.flopsplit.keys.Written;
import io.flopsplit.keys.YamlText;
import io.flopsplit.policy.Policy;

/**
 * The effective scenario: every key with the value the run used, defaults applied, as YAML that
 * {@link ScenarioReader} reads back to the same scenario. Written next to the results so that every
 * result file says exactly what produced it; each section writes its own keys.
 */
public final class EffectiveScenario {

    private EffectiveScenario() {
    }

    /** The scenario as YAML. */
    public static String yaml(Scenario s) {
        StringBuilder y = new StringBuilder();
        y.append("# Effective scenario: every key with the value used (defaults applied).\n");
        y.append(new Written().put(ScenarioReader.NAME, s.name())
                .put(ScenarioReader.QUESTION, s.question()).block(0));
        section(y, BudgetSection.SECTION.name(), s.budget().write());
        section(y, LawSection.SECTION.name(), s.law().write());
        section(y, DataSection.SECTION.name(), s.data().write());
        section(y, TasksSection.SECTION.name(), s.tasks().write());
        section(y, DeploymentSection.SECTION.name(), s.deployment().write());
        section(y, StrategiesSection.SECTION.name(), s.strategies().write());
        section(y, ComputeSection.SECTION.name(), s.compute().write());
        section(y, HardwareSection.SECTION.name(), s.hardware().write());
        section(y, SimulationSection.SECTION.name(), s.simulation().write());
        y.append(ScenarioReader.POLICIES).append(":\n");
        s.policies().forEach(policy -> y.append("  - ").append(policy(policy)).append('\n'));
        y.append(new Written().put(ScenarioReader.BASELINE, s.baseline()).block(0));
        section(y, MonteCarloSection.SECTION.name(), s.montecarlo().write());
        return y.toString();
    }

    /**
     * The scenario as the shortest file that reads back to it: only the keys whose values differ from
     * the defaults, then its policies, baseline and Monte Carlo settings (for a counterexample a
     * reader can run as it is; its policies must be registered, as for any scenario).
     */
    public static String changes(Scenario s) {
        Scenario d = Scenario.defaults(s.name());
        StringBuilder y = new StringBuilder();
        changed(y, BudgetSection.SECTION.name(), s.budget().write(), d.budget().write());
        changed(y, LawSection.SECTION.name(), s.law().write(), d.law().write());
        changed(y, DataSection.SECTION.name(), s.data().changesFrom(d.data()), new Written());
        changed(y, TasksSection.SECTION.name(), s.tasks().write(), d.tasks().write());
        changed(y, DeploymentSection.SECTION.name(), s.deployment().write(), d.deployment().write());
        changed(y, StrategiesSection.SECTION.name(), s.strategies().write(), d.strategies().write());
        changed(y, ComputeSection.SECTION.name(), s.compute().write(), d.compute().write());
        changed(y, HardwareSection.SECTION.name(), s.hardware().write(), d.hardware().write());
        changed(y, SimulationSection.SECTION.name(), s.simulation().write(), d.simulation().write());
        y.append(ScenarioReader.POLICIES).append(":\n");
        s.policies().forEach(policy -> y.append("  - ").append(policy(policy)).append('\n'));
        if (!s.baseline().equals(s.policies().get(0).name())) {
            y.append(new Written().put(ScenarioReader.BASELINE, s.baseline()).block(0));
        }
        section(y, MonteCarloSection.SECTION.name(), new Written().put(MonteCarloSection.TRIALS, s.montecarlo().trials())
                .put(MonteCarloSection.SEED, s.montecarlo().seed()));
        return y.toString();
    }

    private static void changed(StringBuilder y, String name, Written keys, Written defaults) {
        Written changes = keys.minus(defaults);
        if (!changes.isEmpty()) {
            section(y, name, changes);
        }
    }

    private static void section(StringBuilder y, String name, Written keys) {
        y.append(new Written().section(name, keys).block(0));
    }

    /** A policy as a flow mapping: its type's name, its label if it has one, then its options. */
    static String policy(Policy policy) {
        Written written = new Written().text("name", YamlText.text(policy.type().name()));
        if (!policy.name().equals(policy.type().name())) {
            written.text("label", YamlText.text(policy.name()));
        }
        String options = policy.options().written().flowEntries();
        String head = written.flowEntries();
        return "{" + head + (options.isEmpty() ? "" : ", " + options) + "}";
    }
}
