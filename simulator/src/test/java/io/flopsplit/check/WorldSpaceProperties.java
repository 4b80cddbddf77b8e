package io.flopsplit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.flopsplit.ReRunHint;
import io.flopsplit.policy.ChinchillaPolicy;
import io.flopsplit.policy.Policy;
import io.flopsplit.scenario.EffectiveScenario;
import io.flopsplit.scenario.Scenario;
import io.flopsplit.scenario.ScenarioReader;
import io.flopsplit.trial.World;
import io.flopsplit.yaml.YamlReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The generated worlds are valid worlds of the stated range, and each is written as a file that reads back to it. */
@ExtendWith(ReRunHint.class)
class WorldSpaceProperties {

    private static final List<Policy> POLICIES = List.of(new ChinchillaPolicy());

    @Test
    void wholeRangeWorldsAreInRangeAndReadBackFromTheirFile() {
        qt().withExamples(150).forAll(WorldSpace.whole().worlds()).checkAssert(world -> {
            assertTrue(world.budgetFlops() >= 1e15 && world.budgetFlops() <= 1e30, world.toString());
            assertTrue(world.realQueries() >= 0, world.toString());
            assertReadsBack(world);
        });
    }

    @Test
    void worldsAroundAScenarioStayWithinTwoDecadesOfIt() throws Exception {
        Scenario base = ScenarioReader.read(Path.of("../scenarios/inference-heavy.yaml")).get(0);
        qt().withExamples(60).forAll(WorldSpace.around(base).worlds()).checkAssert(world -> {
            double ratio = world.budgetFlops() / base.budget().totalFlops();
            assertTrue(ratio >= 0.0099 && ratio <= 101, world.toString());
            assertEquals(base.law(), world.law());
            assertEquals(base.tasks(), world.tasks());
            assertEquals(base.deployment().exhaustion(), world.deployment().exhaustion());
            assertReadsBack(world);
        });
    }

    private static void assertReadsBack(CheckWorld world) {
        Scenario scenario = world.scenario(POLICIES);
        String yaml = EffectiveScenario.changes(scenario);
        Scenario read = ScenarioReader.read(YamlReader.parse(yaml, "counterexample.yaml"), Path.of("counterexample.yaml"))
                .get(0);
        assertEquals(EffectiveScenario.yaml(scenario), EffectiveScenario.yaml(read), yaml);
        World played = world.world();
        assertEquals(played, CheckWorld.of(read).world(), yaml);
    }
}
