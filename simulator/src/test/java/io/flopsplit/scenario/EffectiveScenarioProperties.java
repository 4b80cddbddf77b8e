package io.flopsplit.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.flopsplit.ReRunHint;
import io.flopsplit.policy.Policy;
import io.flopsplit.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The effective scenario is exact: for random valid scenario files ({@link RandomScenarios}: every
 * key of every section at random values it allows, random policies with options and labels, random
 * variants), the effective scenario of each scenario read, written as a file is (UTF-8), reads back
 * to the same scenario — the same effective text, the same section records, names, labels and options.
 */
@ExtendWith(ReRunHint.class)
class EffectiveScenarioProperties {

    private static final Path FILE = Path.of("random.yaml");

    @Test
    void everyEffectiveScenarioReadsBackToTheSameScenario() {
        qt().withExamples(300).forAll(RandomScenarios.files()).checkAssert(text -> {
            List<Scenario> scenarios = ScenarioReader.readUnchecked(YamlReader.parse(text, "random.yaml"), FILE);
            for (Scenario scenario : scenarios) {
                String effective = EffectiveScenario.yaml(scenario);
                String inFile = new String(effective.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
                List<Scenario> again = ScenarioReader.readUnchecked(YamlReader.parse(inFile, "effective.yaml"), FILE);
                assertEquals(1, again.size());
                Scenario back = again.get(0);
                String where = "scenario file:\n" + text + "\neffective scenario:\n" + effective;
                assertEquals(effective, EffectiveScenario.yaml(back), where);
                assertEquals(scenario.name(), back.name(), where);
                assertEquals(scenario.question(), back.question(), where);
                assertEquals(scenario.budget(), back.budget(), where);
                assertEquals(scenario.law(), back.law(), where);
                assertEquals(scenario.data(), back.data(), where);
                assertEquals(scenario.tasks(), back.tasks(), where);
                assertEquals(scenario.deployment(), back.deployment(), where);
                assertEquals(scenario.strategies(), back.strategies(), where);
                assertEquals(scenario.compute(), back.compute(), where);
                assertEquals(scenario.hardware(), back.hardware(), where);
                assertEquals(scenario.simulation(), back.simulation(), where);
                assertEquals(scenario.montecarlo(), back.montecarlo(), where);
                assertEquals(scenario.baseline(), back.baseline(), where);
                assertEquals(scenario.policies().stream().map(Policy::name).toList(),
                        back.policies().stream().map(Policy::name).toList(), where);
                assertEquals(scenario.policies().stream().map(Policy::options).toList(),
                        back.policies().stream().map(Policy::options).toList(), where);
            }
        });
    }
}
