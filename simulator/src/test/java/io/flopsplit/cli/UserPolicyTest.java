package io.flopsplit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.inference.MajorityVote;
import io.flopsplit.policy.Policies;
import io.flopsplit.policy.Policy;
import io.flopsplit.random.RandomStreams;
import io.flopsplit.scenario.EffectiveScenario;
import io.flopsplit.scenario.Scenario;
import io.flopsplit.scenario.ScenarioReader;
import io.flopsplit.scenario.Worlds;
import io.flopsplit.trial.Metric;
import io.flopsplit.trial.Trial;
import io.flopsplit.trial.TrialResult;
import io.flopsplit.yaml.InputError;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A policy defined outside the built-ins, with two options, registered with one line: it can then be
 * named in a scenario with its options, is written back in the effective scenario, is listed by
 * {@code flopsplit policies}, plays trials, and has its options checked at their key and line.
 */
class UserPolicyTest {

    @TempDir
    Path directory;

    private Scenario read(String text) throws Exception {
        Path file = directory.resolve("thrifty.yaml");
        Files.writeString(file, text);
        return ScenarioReader.read(file).get(0);
    }

    @Test
    void aRegisteredPolicyWithTwoOptionsIsUsableEverywhere() throws Exception {
        try (Policies.Registration registration = Policies.register(ThriftyPolicy.TYPE)) {
            Scenario scenario = read("policies:\n  - {name: thrifty, share: 0.4, strategy: majority-vote}\n"
                    + "  - chinchilla\n");
            Policy thrifty = scenario.policies().get(0);
            assertEquals(new ThriftyPolicy(0.4, MajorityVote.TYPE), thrifty);

            String effective = EffectiveScenario.yaml(scenario);
            assertTrue(effective.contains("  - {name: thrifty, share: 0.4, strategy: majority-vote}\n"), effective);
            assertEquals(effective, EffectiveScenario.yaml(read(effective)));

            CommandLineRun listed = CommandLineRun.of("policies", "--format", "csv");
            assertTrue(listed.lines().contains("thrifty,\"share: 0.6, strategy: majority-vote\",\"Trains on a fixed share,"
                    + " serves with one strategy (a test's own policy)\""), listed.out());

            TrialResult result = Trial.play(Worlds.example(1e22, 1e6, 200), thrifty, new RandomStreams(3).next());
            assertEquals("majority-vote", result.strategy());
            assertTrue(result.get(Metric.ACCURACY) > 0);

            InputError error = assertThrows(InputError.class, () -> read("policies: [{name: thrifty, share: 2}]\n"));
            assertEquals("policies[0].share: must be in (0, 1), was 2", error.path() + ": " + error.problem());
        }
        InputError gone = assertThrows(InputError.class, () -> read("policies: [thrifty]\n"));
        assertTrue(gone.getMessage().startsWith("policies[0]: unknown policy 'thrifty'"), gone.getMessage());
    }

    @Test
    void aNameTakenByAnotherTypeIsRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Policies.register(
                new io.flopsplit.policy.PolicyType<>("chinchilla", "an impostor", ThriftyPolicy.class,
                        ThriftyPolicy.TYPE.options(), ThriftyPolicy.TYPE.factory(), ThriftyPolicy.TYPE.writer())));
        assertTrue(error.getMessage().startsWith("policy 'chinchilla' is already registered"), error.getMessage());
    }
}
