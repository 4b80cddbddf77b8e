package io.flopsplit.check;

import io.flopsplit.keys.Written;
import io.flopsplit.policy.Policy;
import io.flopsplit.scenario.BudgetSection;
import io.flopsplit.scenario.DeploymentSection;
import io.flopsplit.scenario.EffectiveScenario;
import io.flopsplit.uncertainty.Fixed;
import java.util.ArrayList;
import java.util.List;

/**
 * A shrunk counterexample: what was wrong, and the world it was wrong in as a scenario file that
 * {@code flopsplit run} reproduces: only the keys that differ from the defaults, the policy (and the
 * oracle, for the oracle's bound), and the seed, trial 0 of which is the trial checked. A
 * monotonicity counterexample is two worlds, written as two variants of one file.
 *
 * @param violation what was wrong, one line
 * @param scenario the scenario file, YAML
 */
public record Counterexample(String violation, String scenario) {

    /** {@code violation} of {@code invariant} by {@code policy} in {@code world}. */
    static Counterexample of(Policy policy, Invariant invariant, String violation, CheckWorld world,
                             List<Policy> others) {
        List<Policy> policies = new ArrayList<>(List.of(policy));
        policies.addAll(others);
        return new Counterexample(violation, header(policy, invariant, violation, world)
                + EffectiveScenario.changes(world.scenario(policies)));
    }

    /** {@code violation} of a monotonicity by {@code policy} between {@code less} and {@code more}. */
    static Counterexample ofPair(Policy policy, Invariant invariant, String violation, CheckWorld less, CheckWorld more) {
        StringBuilder yaml = new StringBuilder(header(policy, invariant, violation, less));
        CheckWorld common = invariant == Invariant.MONOTONE_BUDGET
                ? less.withBudget(less.base().budget().totalFlops())
                : less.withQueries(less.base().deployment().queries().mean());
        yaml.append(EffectiveScenario.changes(common.scenario(List.of(policy))));
        yaml.append("variants:\n");
        yaml.append("  - ").append(variant("less", less, invariant)).append('\n');
        yaml.append("  - ").append(variant("more", more, invariant)).append('\n');
        return new Counterexample(violation, yaml.toString());
    }

    private static String variant(String name, CheckWorld world, Invariant invariant) {
        Written keys = new Written().text("name", name);
        if (invariant == Invariant.MONOTONE_BUDGET) {
            keys.section("budget", new Written().put(BudgetSection.TOTAL, world.budgetFlops()));
        } else {
            keys.section("deployment", new Written().put(DeploymentSection.QUERIES, new Fixed(world.realQueries())));
        }
        return keys.flow();
    }

    private static String header(Policy policy, Invariant invariant, String violation, CheckWorld world) {
        return "# " + policy.name() + " breaks " + invariant.id() + (invariant.monotonicity().isPresent()
                ? " between the two variants" : " in trial 0") + " of seed " + world.seed() + ":\n"
                + "#   " + violation.replace("\n", "\n#   ") + "\n"
                + "# Reproduce with: flopsplit run FILE (and --classpath JARS if the policy comes from a jar)\n";
    }
}
