package io.flopsplit.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The success tables the jar ships ({@link ShippedTables}) are current: every table the defaults
 * and presets need is there (nothing else is), a deterministic sample of them equals tables built
 * now bit for bit, and {@link BudgetGrid} reads them instead of building. A change to a default
 * constant, a preset, a strategy's computation, the grid, the reps or the seed fails here until
 * the tables are regenerated.
 */
class ShippedTablesTest {

    private static final String REGENERATE = "the shipped success tables are stale: run docs/regenerate (it"
            + " rewrites simulator/src/main/resources/io/flopsplit/inference/" + ShippedTables.RESOURCE
            + ") and commit the result";
    /** Budgets rebuilt for every family: cheap nodes, one each side of the every-k/√2 boundary. */
    private static final List<Integer> SAMPLE = List.of(2, 16);
    /** One large-k node: best-of-k with the verifier at its largest budget (each query costs O(answers)). */
    private static final int LARGE_K = BestOfKVerifier.MAX_SAMPLES;

    @Test
    void everyTableTheDefaultsAndPresetsNeedIsShipped() {
        List<String> missing = new ArrayList<>();
        for (TableFamily family : TableCatalogue.families()) {
            Map<Integer, double[]> nodes = ShippedTables.all().getOrDefault(family.key(), Map.of());
            family.nodes().stream().filter(k -> !nodes.containsKey(k)).forEach(k -> missing.add(family.key(k)));
        }
        assertTrue(missing.isEmpty(), () -> REGENERATE + "; " + missing.size() + " tables missing, the first "
                + missing.get(0));
    }

    @Test
    void nothingElseIsShipped() {
        Map<String, Set<Integer>> needed = TableCatalogue.families().stream()
                .collect(Collectors.toMap(TableFamily::key, family -> Set.copyOf(family.nodes())));
        List<String> extra = new ArrayList<>();
        ShippedTables.all().forEach((key, nodes) -> nodes.keySet().stream()
                .filter(k -> !needed.getOrDefault(key, Set.of()).contains(k)).forEach(k -> extra.add(key + ";k=" + k)));
        assertTrue(extra.isEmpty(), () -> REGENERATE + "; " + extra.size() + " tables no default needs, the first "
                + extra.get(0));
    }

    @Test
    void aSampleOfShippedTablesEqualsTablesBuiltNowBitForBit() {
        List<TableFamily> families = TableCatalogue.families();
        assertFalse(families.isEmpty());
        int compared = 0;
        for (TableFamily family : families) {
            for (int k : SAMPLE) {
                compare(family, k);
                compared++;
            }
        }
        TableFamily verifier = new BestOfKVerifier(VerifierPreset.SNELL_PRM.verifier(8e9), 8)
                .tables(io.flopsplit.tasks.SuitePresets.resolve("math-like").distractors());
        compare(verifier, LARGE_K);
        assertEquals(families.size() * SAMPLE.size(), compared);
    }

    @Test
    void theBudgetGridReadsShippedTablesWithoutBuilding() {
        TableFamily family = TableCatalogue.families().get(0);
        TableFamily unbuildable = family.builtBy(k -> fail("built " + family.key(k) + " although it is shipped"));
        for (int k : new int[] {3, 100, family.largest()}) {
            double[] read = BudgetGrid.table(unbuildable, BudgetGrid.nodeBelow(k, family.largest())).values();
            assertEquals(read.length, family.grid().nodes());
        }
    }

    private static void compare(TableFamily family, int k) {
        double[] shipped = ShippedTables.find(family.key(), k, family.grid())
                .orElseThrow(() -> new AssertionError(REGENERATE + "; missing " + family.key(k))).values();
        double[] built = family.build(k).values();
        for (int j = 0; j < built.length; j++) {
            if (Double.doubleToLongBits(shipped[j]) != Double.doubleToLongBits(built[j])) {
                fail(REGENERATE + "; " + family.key(k) + ", grid node " + j + ": shipped " + shipped[j] + ", built now "
                        + built[j]);
            }
        }
    }
}
