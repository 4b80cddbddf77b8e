package io.flopsplit.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.inference.Revisions;
import io.flopsplit.scenario.Scenario;
import io.flopsplit.uncertainty.Fixed;
import io.flopsplit.yaml.InputError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each cell's values reach their key through the scenario reader, variants cross the grid, bad values name the cell. */
class SweepPlanTest {

    private static final String BASE = String.join("\n",
            "name: base",
            "budget: {total: 1e22}",
            "data: {uniqueTokens: 1e12}",
            "deployment:",
            "  queries: {lognormal: {median: 1e8, sigma: 0.5}}",
            "  promptTokens: 300",
            "policies: [chinchilla, small-plus-search]",
            "montecarlo: {trials: 8, seed: 5}",
            "");

    @TempDir
    Path directory;

    private Path file(String text) throws Exception {
        return Files.writeString(directory.resolve("base.yaml"), text);
    }

    private SweepPlan plan(String text, String... vary) throws Exception {
        return SweepPlan.read(file(text), new SweepGrid(java.util.Arrays.stream(vary).map(SweepAxis::parse).toList()));
    }

    @Test
    void eachCellsValuesReachTheirKeysAndNothingElse() throws Exception {
        SweepPlan plan = plan(BASE, "budget.total=1e21..1e23:3:log", "deployment.queries=1e6,1e9",
                "data.selection.keptFraction=0.2", "strategies.revisionKeep=0.3");
        assertEquals(6, plan.cells().size());
        double[] budgets = {1e21, 1e21, 1e22, 1e22, 1e23, 1e23};
        double[] queries = {1e6, 1e9, 1e6, 1e9, 1e6, 1e9};
        for (int i = 0; i < 6; i++) {
            Scenario s = plan.cells().get(i).scenario();
            assertEquals(budgets[i], s.budget().totalFlops(), "cell " + i);
            assertEquals(new Fixed(queries[i]), s.deployment().queries(), "a number replaces the file's distribution");
            assertEquals(0.2, s.data().selection().keptFraction());
            assertEquals(0.3, s.strategies().nominal().get(Revisions.KEEP));
            assertEquals(300, s.deployment().promptTokens(), "keys not swept keep the file's values");
            assertEquals(1e12, s.data().pool().uniqueTokens());
            assertEquals("base", s.name());
        }
        assertEquals(1e22, plan.scenarios().get(0).budget().totalFlops(), "the file's own scenario is unchanged");
    }

    @Test
    void wordsReachTextKeys() throws Exception {
        SweepPlan plan = plan(BASE, "law.profile=chinchilla,epoch", "deployment.exhaustion=drop,serve-paid");
        assertEquals(List.of("chinchilla", "chinchilla", "epoch", "epoch"),
                plan.cells().stream().map(c -> c.scenario().law().profile().id()).toList());
        assertEquals(List.of("DROP", "SERVE_PAID", "DROP", "SERVE_PAID"),
                plan.cells().stream().map(c -> c.scenario().deployment().exhaustion().name()).toList());
    }

    @Test
    void variantsCrossTheGridVariantByVariant() throws Exception {
        String variants = BASE + String.join("\n",
                "variants:",
                "  - name: short",
                "    deployment: {promptTokens: 100}",
                "  - name: long",
                "    deployment: {promptTokens: 1000}",
                "");
        SweepPlan plan = plan(variants, "budget.total=1e21,1e22,1e23");
        assertEquals(2, plan.scenarios().size());
        assertEquals(6, plan.cells().size());
        assertEquals(List.of("base/short", "base/short", "base/short", "base/long", "base/long", "base/long"),
                plan.cells().stream().map(c -> c.scenario().name()).toList());
        assertEquals(List.of(100.0, 100.0, 100.0, 1000.0, 1000.0, 1000.0),
                plan.cells().stream().map(c -> c.scenario().deployment().promptTokens()).toList());
        assertEquals(List.of(1e21, 1e22, 1e23, 1e21, 1e22, 1e23),
                plan.cells().stream().map(c -> c.scenario().budget().totalFlops()).toList());
        assertEquals(List.of(0, 1, 2, 0, 1, 2), plan.cells().stream().map(c -> c.cell().index()).toList());
    }

    @Test
    void aVariantSettingASweptKeyIsRefusedAtItsLine() throws Exception {
        String variants = BASE + "variants:\n  - name: a\n  - name: b\n    deployment: {queries: 1e9}\n";
        InputError e = assertThrows(InputError.class, () -> plan(variants, "deployment.queries=1e6,1e7"));
        assertEquals("variants[1].deployment.queries", e.path());
        assertEquals(12, e.line());
        assertTrue(e.getMessage().contains("variant 'b' sets deployment.queries, which --vary sweeps"), e.getMessage());
    }

    @Test
    void aValueTheKeyRefusesNamesTheKeyTheValueAndTheCell() {
        InputError e = assertThrows(InputError.class, () -> plan(BASE, "budget.total=1e22,-1"));
        assertEquals("budget.total: must be > 0, was -1 (sweep cell 2 of 2: budget.total=-1)", e.getMessage());
        InputError word = assertThrows(InputError.class, () -> plan(BASE, "law.profile=chinchilla,nonesuch"));
        assertTrue(word.getMessage().startsWith("law.profile: "), word.getMessage());
        assertTrue(word.getMessage().contains("nonesuch") && word.getMessage().endsWith(
                "(sweep cell 2 of 2: law.profile=nonesuch)"), word.getMessage());
        InputError text = assertThrows(InputError.class, () -> plan(BASE, "budget.total=lots"));
        assertEquals("budget.total: must be a number such as 1e23, was 'lots' (sweep cell 1 of 1: budget.total=lots)",
                text.getMessage());
    }

    @Test
    void aValueThatClashesWithTheFileNamesTheFileLineAndTheCell() throws Exception {
        InputError e = assertThrows(InputError.class, () -> plan(BASE, "data.poolTokens=1e13,1e11"));
        assertEquals("data.uniqueTokens", e.path());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().endsWith(", in sweep cell 2 of 2: data.poolTokens=1e11 (" + file(BASE) + ":3)"),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
