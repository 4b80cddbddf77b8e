package io.flopsplit.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.inference.Greedy;
import io.flopsplit.policy.Policies;
import io.flopsplit.policy.Policy;
import io.flopsplit.policy.PolicyType;
import io.flopsplit.yaml.InputError;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run would refuse, reading refuses: a policy that cannot play in the scenario's nominal
 * world, or whose trial is beyond the work bound, is an error at the key that makes it so, or at
 * the policy's item — before any run, with the file, the line and the key path.
 */
class FeasibilityTest {

    @TempDir
    Path directory;

    private InputError error(String text) throws Exception {
        Path file = directory.resolve("x.yaml");
        Files.writeString(file, text);
        InputError error = assertThrows(InputError.class, () -> ScenarioReader.read(file));
        assertEquals(file.toString(), error.source());
        return error;
    }

    private static String message(InputError error) {
        return error.getMessage().replace(error.source(), "x.yaml");
    }

    @Test
    void aPoolTooSmallToSelectFromIsAnErrorAtThePoolWithThePolicyNamed() throws Exception {
        InputError error = error("data: {poolTokens: 1}\n");
        assertEquals("data.poolTokens: policy selection-heavy cannot run with this data.selection.keptFraction:"
                + " keeps fewer than one unique token of the pool's 1, was 0.3 (x.yaml:1)", message(error));
    }

    @Test
    void aBudgetTooSmallToScoreThePoolIsAnErrorAtTheBudgetNamingThePolicysItem() throws Exception {
        InputError error = error("policies: [chinchilla, selection-heavy]\nbudget:\n  total: 1e15\n");
        assertEquals("budget.total: policy selection-heavy (policies[1]) cannot run: 1e15 FLOPs do not pay for"
                + " scoring the pool (2.5e21 FLOPs) (x.yaml:3)", message(error));
    }

    @Test
    void aDemandNoBudgetCanServeIsAnErrorAtTheDemandWhenTheBudgetIsTheDefault() throws Exception {
        InputError error = error("policies:\n  - chinchilla\ndeployment: {queries: 1e18, answerTokens: 1e9}\n");
        assertEquals("deployment.queries", error.path());
        assertEquals(3, error.line());
        assertTrue(error.problem().startsWith("policy chinchilla (policies[0]) cannot run with this budget.total: 1e23 FLOPs"
                + " cannot both train a model and serve the forecast demand"), error.problem());
    }

    @Test
    void aDemandBeyondWhatATrialCountsIsAnErrorAtTheDemand() throws Exception {
        InputError error = error("deployment:\n  queries: 1e20\n");
        assertEquals("deployment.queries", error.path(), message(error));
        assertEquals(2, error.line());
    }

    @Test
    void aPolicyListedByDefaultIsBlamedOnTheKeyTheFileGives() throws Exception {
        InputError error = error("deployment:\n  queries: 1e18\n  answerTokens: 1e9\n");
        assertEquals("deployment.queries", error.path(), message(error));
        assertEquals(2, error.line());
        assertTrue(error.problem().startsWith("policy chinchilla cannot run with this budget.total"), message(error));
    }

    @Test
    void aBudgetFarTooSmallIsAnErrorAtTheBudget() throws Exception {
        InputError error = error("budget: {total: 1e3}\npolicies:\n  - fixed-split\n  - {name: kaplan, label: frontier}\n");
        assertEquals("budget.total: policy frontier (policies[1]) cannot run: 1000 FLOPs cannot both train a model and"
                + " serve the forecast demand (x.yaml:1)", message(error));
    }

    /** A user's policy that refuses every budget below 1e30 FLOPs, for reasons of its own. */
    record Demanding() implements Policy {
        static final PolicyType<Demanding> TYPE = PolicyType.of("demanding", "Refuses budgets below 1e30 FLOPs",
                Demanding.class, Demanding::new);

        @Override
        public PolicyType<Demanding> type() {
            return TYPE;
        }

        @Override
        public Allocation allocate(Forecast forecast) {
            if (forecast.budgetFlops() < 1e30) {
                throw new IllegalArgumentException("needs a budget of at least 1e30 FLOPs");
            }
            return Allocation.of(1e9, 1e10, Greedy.TYPE);
        }
    }

    @Test
    void aRefusalNamingNoKeyIsAnErrorAtThePolicysItem() throws Exception {
        try (Policies.Registration registration = Policies.register(Demanding.TYPE)) {
            InputError error = error("policies:\n  - chinchilla\n  - demanding\n");
            assertEquals("policies[1]: policy demanding cannot run: needs a budget of at least 1e30 FLOPs (x.yaml:3)",
                    message(error));
        }
    }

    @Test
    void aVariantThatCannotRunIsAnErrorAtTheVariantsLine() throws Exception {
        InputError error = error("budget: {total: 1e23}\nvariants:\n  - name: fine\n  - name: tiny\n"
                + "    budget: {total: 1e12}\n");
        assertEquals("variants[1].budget.total", error.path());
        assertEquals(5, error.line());
    }

    @Test
    void aVariantThatMakesTheFilesKeyWrongNamesTheVariant() throws Exception {
        InputError error = error("data: {uniqueTokens: 10}\nvariants:\n  - name: a\n  - name: b\n"
                + "    data: {poolTokens: 5}\n");
        assertEquals("data.uniqueTokens: must be in [1, 5], was 10 in variant 'b' (variants[1], line 4) (x.yaml:1)",
                message(error));
    }

    @Test
    void aTrialBeyondTheWorkBoundIsRefusedAtTheKeyThatMakesIt() throws Exception {
        InputError error = error("strategies: {steps: 100}\ndeployment:\n  queries: 1e6\n  simulatedQueries: 1e6\n"
                + "  outcomes: sampled\npolicies: [{name: fixed-split, strategy: beam-search}]\n");
        assertEquals("deployment.simulatedQueries", error.path());
        assertEquals(4, error.line());
        assertTrue(error.problem().matches("policy fixed-split \\(policies\\[0]\\) cannot run: a trial would take about"
                + " 5\\.[0-9]e11 random draws \\(1000000 simulated queries served by beam-search at k up to 256, .*"),
                error.problem());
    }

    @Test
    void everyShippedScenarioCanRun() throws Exception {
        try (var scenarios = Files.list(Path.of("../scenarios"))) {
            for (Path file : scenarios.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                assertTrue(!ScenarioReader.read(file).isEmpty(), file.toString());
            }
        }
    }
}
