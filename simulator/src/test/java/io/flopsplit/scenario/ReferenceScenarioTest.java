package io.flopsplit.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flopsplit.policy.Policies;
import io.flopsplit.policy.Policy;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every default is written once, on its key: the shipped reference scenario is exactly what
 * {@code flopsplit reference} writes from the keys, and reading it gives every section's defaults
 * and every registered policy at its defaults.
 */
class ReferenceScenarioTest {

    private static final Path SHIPPED = Path.of("../scenarios/reference.yaml");

    @Test
    void theShippedReferenceIsWhatTheKeysWrite() throws Exception {
        assertEquals(ReferenceScenario.yaml(), Files.readString(SHIPPED), "scenarios/reference.yaml is stale;"
                + " rewrite it with: java -jar simulator/target/flopsplit.jar reference > scenarios/reference.yaml");
    }

    @Test
    void readingTheReferenceGivesEveryDefault() {
        Scenario reference = ScenarioReader.read(SHIPPED).get(0);
        assertEquals(BudgetSection.DEFAULTS, reference.budget());
        assertEquals(LawSection.DEFAULTS, reference.law());
        assertEquals(DataSection.DEFAULTS, reference.data());
        assertEquals(TasksSection.DEFAULTS, reference.tasks());
        assertEquals(DeploymentSection.DEFAULTS, reference.deployment());
        assertEquals(StrategiesSection.DEFAULTS, reference.strategies());
        assertEquals(ComputeSection.DEFAULTS, reference.compute());
        assertEquals(HardwareSection.DEFAULTS, reference.hardware());
        assertEquals(SimulationSection.DEFAULTS, reference.simulation());
        assertEquals(MonteCarloSection.DEFAULTS, reference.montecarlo());
        assertEquals(Policies.names(), reference.policies().stream().map(Policy::name).toList());
        for (Policy policy : reference.policies()) {
            assertEquals(policy.type().defaultOptions(), policy.options(), policy.name());
        }
    }
}
