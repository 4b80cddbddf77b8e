package io.flopsplit.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.policy.Policy;
import io.flopsplit.random.RandomStreams;
import io.flopsplit.trial.World;
import io.flopsplit.yaml.InputError;
import io.flopsplit.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioReaderTest {

    @TempDir
    Path directory;

    private Path write(String name, String text) throws Exception {
        Path file = directory.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private String error(String text) throws Exception {
        Path file = write("x.yaml", text);
        return assertThrows(InputError.class, () -> ScenarioReader.read(file)).getMessage()
                .replace(file.toString(), "x.yaml");
    }

    @Test
    void anEmptyMappingIsTheReferenceScenario() throws Exception {
        Scenario defaults = ScenarioReader.read(write("reference.yaml", "{}\n")).get(0);
        Scenario reference = ScenarioReader.read(Path.of("../scenarios/reference.yaml")).get(0);
        assertEquals(EffectiveScenario.yaml(reference), EffectiveScenario.yaml(defaults));
        assertEquals(9, defaults.policies().size());
        assertEquals("chinchilla", defaults.baseline());
        assertEquals(1e23, defaults.budget().totalFlops(), 0);
    }

    @Test
    void theEffectiveScenarioReadsBackToItself() throws Exception {
        for (String name : List.of("reference.yaml", "quickstart.yaml")) {
            Scenario scenario = ScenarioReader.read(Path.of("../scenarios/" + name)).get(0);
            String effective = EffectiveScenario.yaml(scenario);
            Scenario again = ScenarioReader.read(write("again.yaml", effective)).get(0);
            assertEquals(effective, EffectiveScenario.yaml(again), name);
        }
    }

    @Test
    void errorsNameTheKeyPathAndTheLine() throws Exception {
        assertEquals("budget.total: must be > 0, was -1e23 (x.yaml:3)", error("name: x\nbudget:\n  total: -1e23\n"));
        assertEquals("budget.totl: unknown key; expected one of total (x.yaml:2)", error("budget:\n  totl: 1e23\n"));
        assertEquals("deployment.queries: must be a number or a distribution: one of normal, lognormal, uniform,"
                + " triangular or beta, e.g. {normal: {mean: 1, sd: 0.1}} (x.yaml:2)",
                error("deployment:\n  queries: [1, 2]\n"));
        assertEquals("deployment.queries.normal.sd: must be > 0, was 0 (x.yaml:2)",
                error("deployment:\n  queries: {normal: {mean: 1e9, sd: 0}}\n"));
        assertEquals("budget.total: must be a finite number, was 'NaN' (x.yaml:1)", error("budget: {total: NaN}\n"));
        assertEquals("deployment.exhaustion: must be serve-paid, fallback-greedy or drop, was 'panic' (x.yaml:1)",
                error("deployment: {exhaustion: panic}\n"));
        assertEquals("colour: unknown key; expected one of variants, name, question, budget, law, data, tasks,"
                + " deployment, strategies, compute, hardware, simulation, policies, baseline, montecarlo (x.yaml:1)",
                error("colour: blue\n"));
        assertEquals("is empty (x.yaml)", error(""));
        assertTrue(error("budget: [1\n").startsWith("is not valid YAML"));
    }

    @Test
    void policyAndLawErrors() throws Exception {
        assertTrue(error("policies: [chinchilla, greedy]\n").startsWith("policies[1]: unknown policy 'greedy'"));
        assertEquals("policies[1]: policy 'chinchilla' is listed twice; give one a label (x.yaml:1)",
                error("policies: [chinchilla, chinchilla]\n"));
        assertEquals("policies[0].trainingShare: must be in [1e-6, 0.999999], was 1.5 (x.yaml:1)",
                error("policies: [{name: fixed-split, trainingShare: 1.5}]\n"));
        assertEquals("baseline: must be one of the policies (chinchilla, oracle), was kaplan (x.yaml:2)",
                error("policies: [chinchilla, oracle]\nbaseline: kaplan\n"));
        assertTrue(error("law: {profile: chinchila}\n").startsWith("law.profile: unknown law 'chinchila'"));
        assertTrue(error("law:\n  profile: kaplan\n  uncertainty: {sd: {E: 0.1}}\n")
                .startsWith("law.uncertainty: only for Chinchilla-form laws"));
        assertTrue(error("tasks: {suite: nowhere.yaml}\n").startsWith("tasks.suite: unknown suite 'nowhere.yaml'"));
        assertEquals("montecarlo.trials: must be >= 1, was 0 (x.yaml:1)", error("montecarlo: {trials: 0}\n"));
        assertEquals("deployment.simulatedQueries: must be in [1, 1e7], was 1e8 (x.yaml:1)",
                error("deployment: {simulatedQueries: 1e8}\n"));
    }

    @Test
    void removedAndConflictingStrategySettingsAreRefusedWithTheirReplacement() throws Exception {
        assertTrue(error("strategies: {verifierAuc: 0.8}\n").startsWith("strategies.verifierAuc: was removed; the"
                + " verifier is now a fitted scoring model: choose verifier (snell-prm, armorm)"));
        // adaptive's free difficulty noise: refused, naming the probes that replace it and the oracle bound
        assertEquals("strategies.difficultyNoise: was removed; adaptive's difficulty estimate now costs FLOPs and its"
                + " noise follows from it: difficultyProbes samples scored by the verifier and charged to each query"
                + " (difficultyEstimate: probes); test-time and match also offer difficultyEstimate: oracle, the"
                + " upper bound that knows each query's true difficulty (x.yaml:1)",
                error("strategies: {difficultyNoise: 0.5}\n"));
        assertEquals("strategies.difficultyEstimate: must be probes or oracle, was 'free' (x.yaml:1)",
                error("strategies: {difficultyEstimate: free}\n"));
        assertEquals("strategies.difficultyEstimate: oracle is the upper bound that knows each query's difficulty"
                + " for free: it is for test-time and match (--difficulty-estimate oracle), not for the policies a"
                + " scenario deploys; use probes (x.yaml:1)", error("strategies: {difficultyEstimate: oracle}\n"));
        assertTrue(error("strategies: {verifier: armorm, verifierSeparation: 3}\n").startsWith(
                "strategies: verifierSeparation (--verifier-separation): is read only with verifier: custom; the preset"
                        + " armorm fixes it"));
        // a distribution around the preset's own value is refused too: its draws are not the preset's
        assertTrue(error("strategies: {verifierAnswerEffect: {uniform: {low: 0.6244, high: 0.7244}}}\n").startsWith(
                "strategies: verifierAnswerEffect (--verifier-answer-effect): is read only with verifier: custom;"
                        + " the preset snell-prm fixes it"));
        ScenarioReader.read(write("c.yaml", "strategies: {verifier: custom, verifierAnswerEffect: {uniform: {low: 0.5,"
                + " high: 0.9}}}\n"));
    }

    @Test
    void variantsOverlayTheirKeys() throws Exception {
        List<Scenario> scenarios = ScenarioReader.read(write("v.yaml", String.join("\n",
                "deployment: {queries: 1e6, windowDays: 30}",
                "variants:",
                "  - name: light",
                "  - name: heavy",
                "    deployment: {queries: 1e11}",
                "")));
        assertEquals(List.of("v/light", "v/heavy"), scenarios.stream().map(Scenario::name).toList());
        assertEquals(1e6, scenarios.get(0).deployment().queries().mean(), 0);
        assertEquals(1e11, scenarios.get(1).deployment().queries().mean(), 0);
        assertEquals(30, scenarios.get(1).deployment().windowDays(), 0);
    }

    /** A variant's value that is a mapping (a distribution, the law's uncertainty) replaces the file's whole. */
    @Test
    void aVariantsDistributionReplacesTheFilesWhole() throws Exception {
        List<Scenario> scenarios = ScenarioReader.readUnchecked(YamlReader.parse(String.join("\n",
                "strategies: {revisionKeep: {uniform: {low: 0.2, high: 0.4}}}",
                "law: {profile: epoch, uncertainty: {sd: {E: 0.03, A: 100}}}",
                "variants:",
                "  - name: normal",
                "    strategies: {revisionKeep: {normal: {mean: 0.5, sd: 0.1, low: 0, high: 0.9}}}",
                "    law: {uncertainty: {sd: {alpha: 0.02}}}",
                ""), "v.yaml"), Path.of("v.yaml"));
        Scenario variant = scenarios.get(0);
        assertEquals("{normal: {mean: 0.5, sd: 0.1, low: 0, high: 0.9}}",
                variant.strategies().write().flow().replaceFirst(".*revisionKeep: (\\{normal[^}]*}}).*", "$1"));
        assertEquals(List.of(0.0, 0.0, 0.0, 0.02, 0.0), variant.law().uncertainty().orElseThrow().sds());
    }

    @Test
    void labelsAndOptionsConfigurePolicies() throws Exception {
        Scenario scenario = ScenarioReader.read(write("p.yaml",
                "policies:\n  - {name: fixed-split, label: split-30, trainingShare: 0.3}\n"
                        + "  - {name: fixed-split, label: split-70, trainingShare: 0.7}\n  - oracle\n")).get(0);
        assertEquals(List.of("split-30", "split-70", "oracle"), scenario.policies().stream().map(Policy::name).toList());
        assertTrue(EffectiveScenario.yaml(scenario).contains("{name: fixed-split, label: split-30, trainingShare: 0.3"));
    }

    @Test
    void uncertainInputsAreDrawnPerTrialTheSameForEveryPolicy() throws Exception {
        Scenario scenario = ScenarioReader.read(write("u.yaml", String.join("\n",
                "law:",
                "  profile: epoch",
                "  uncertainty: {sd: {E: 0.03, A: 124.58, B: 1293.23, alpha: 0.02, beta: 0.02}}",
                "deployment: {queries: {lognormal: {median: 1e9, sigma: 1}}}",
                ""))).get(0);
        ScenarioWorlds worlds = new ScenarioWorlds(scenario);
        var streams = new RandomStreams(5).next();
        World first = worlds.apply(streams);
        World again = worlds.apply(streams);
        assertEquals(first.truth().law(), again.truth().law());
        assertEquals(first.demand(), again.demand());
        assertTrue(!first.truth().law().equals(first.belief().law()));
        assertEquals(scenario.deployment().queries().mean(), first.belief().realQueries(), 1);
        World other = worlds.apply(new RandomStreams(5).trial(1));
        assertTrue(!other.truth().law().equals(first.truth().law()));
    }
}
