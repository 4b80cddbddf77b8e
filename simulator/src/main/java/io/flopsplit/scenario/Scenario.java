package io.flopsplit.scenario;

import io.flopsplit.keys.Section;
import io.flopsplit.policy.Policies;
import io.flopsplit.policy.Policy;
import java.util.List;

/**
 * A scenario: one world, made of its sections (each with its documented keys and defaults; see
 * {@code flopsplit reference}), with its uncertain inputs, and the policies to compare in it over
 * Monte Carlo trials. Read by {@link ScenarioReader}, written back by {@link EffectiveScenario}.
 *
 * @param name the scenario's name (the file name by default; a variant adds its own)
 * @param question what the scenario asks, one line
 * @param budget the compute budget
 * @param law the law and the uncertainty of its constants
 * @param data the data pool and how it is selected
 * @param tasks the task suite
 * @param deployment the demand, its arrivals and the tokens of a query
 * @param strategies the test-time strategies' parameters
 * @param compute the FLOPs convention
 * @param hardware the cluster
 * @param simulation how a trial is played
 * @param policies the contestants, in report order
 * @param baseline the policy paired differences are taken against
 * @param montecarlo trials, seed, precision and confidence level
 */
public record Scenario(String name, String question, BudgetSection budget, LawSection law, DataSection data,
                       TasksSection tasks, DeploymentSection deployment, StrategiesSection strategies,
                       ComputeSection compute, HardwareSection hardware, SimulationSection simulation,
                       List<Policy> policies, String baseline, MonteCarloSection montecarlo) {

    static final double HOURS_PER_DAY = 24;

    /** The sections, in the order a scenario file writes them. */
    public static final List<Section> SECTIONS = List.of(BudgetSection.SECTION, LawSection.SECTION,
            DataSection.SECTION, TasksSection.SECTION, DeploymentSection.SECTION, StrategiesSection.SECTION,
            ComputeSection.SECTION, HardwareSection.SECTION, SimulationSection.SECTION, MonteCarloSection.SECTION);

    public Scenario {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: must be given");
        }
        if (question == null || budget == null || law == null || data == null || tasks == null || deployment == null
                || strategies == null || compute == null || hardware == null || simulation == null
                || montecarlo == null) {
            throw new IllegalArgumentException("scenario: every section must be given");
        }
        policies = List.copyOf(policies);
        if (policies.isEmpty()) {
            throw new IllegalArgumentException("policies: must name at least one policy");
        }
        if (policies.stream().noneMatch(policy -> policy.name().equals(baseline))) {
            throw new IllegalArgumentException("baseline: must be one of the policies ("
                    + String.join(", ", policies.stream().map(Policy::name).toList()) + "), was " + baseline);
        }
    }

    /** The scenario with every key at its default, every built-in policy, chinchilla the baseline. */
    public static Scenario defaults(String name) {
        List<Policy> policies = Policies.all();
        return new Scenario(name, "", BudgetSection.DEFAULTS, LawSection.DEFAULTS, DataSection.DEFAULTS,
                TasksSection.DEFAULTS, DeploymentSection.DEFAULTS, StrategiesSection.DEFAULTS, ComputeSection.DEFAULTS,
                HardwareSection.DEFAULTS, SimulationSection.DEFAULTS, policies, policies.get(0).name(),
                MonteCarloSection.DEFAULTS);
    }

    /** The baseline's position among the policies. */
    public int baselineIndex() {
        return policies.stream().map(Policy::name).toList().indexOf(baseline);
    }

    /** The same scenario with another budget. */
    public Scenario withBudget(BudgetSection other) {
        return new Scenario(name, question, other, law, data, tasks, deployment, strategies, compute, hardware,
                simulation, policies, baseline, montecarlo);
    }

    /** The same scenario with another law (a fitted one, say). */
    public Scenario withLaw(LawSection other) {
        return new Scenario(name, question, budget, other, data, tasks, deployment, strategies, compute, hardware,
                simulation, policies, baseline, montecarlo);
    }

    /** The same scenario comparing other policies against {@code baseline}, one of them. */
    public Scenario withPolicies(List<Policy> others, String baseline) {
        return new Scenario(name, question, budget, law, data, tasks, deployment, strategies, compute, hardware,
                simulation, others, baseline, montecarlo);
    }

    /** The same scenario with another deployment. */
    public Scenario withDeployment(DeploymentSection other) {
        return new Scenario(name, question, budget, law, data, tasks, other, strategies, compute, hardware,
                simulation, policies, baseline, montecarlo);
    }

    /** The same scenario with other Monte Carlo settings (those of the run, for the effective scenario). */
    public Scenario withMontecarlo(MonteCarloSection other) {
        return new Scenario(name, question, budget, law, data, tasks, deployment, strategies, compute, hardware,
                simulation, policies, baseline, other);
    }
}
