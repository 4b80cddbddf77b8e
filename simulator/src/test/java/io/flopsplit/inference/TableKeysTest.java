package io.flopsplit.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.tasks.Distractors;
import io.flopsplit.tasks.SuitePresets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The keys of success tables name every constant exactly, and the shipped resource's reader
 * refuses what is not in its format, naming the line.
 */
class TableKeysTest {

    private static final Distractors MATH = SuitePresets.resolve("math-like").distractors();

    private record Inner(double x, boolean flag) {
    }

    private record Outer(String name, int count, Inner inner, RevisionChains.Selection selection) {
    }

    @Test
    void canonicalTextWritesEveryComponentExactly() {
        assertEquals("Outer(name=\"a\\\"b\",count=3,inner=Inner(x=0x1.999999999999ap-4,flag=true),selection=MAJORITY)",
                CanonicalText.of(new Outer("a\"b", 3, new Inner(0.1, true), RevisionChains.Selection.MAJORITY)));
        assertNotEquals(CanonicalText.of(new Inner(0.1, true)), CanonicalText.of(new Inner(Math.nextUp(0.1), true)));
        assertThrows(IllegalArgumentException.class, () -> CanonicalText.of(List.of(1)));
        assertThrows(IllegalArgumentException.class, () -> CanonicalText.of(new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> CanonicalText.of("line\nbreak"));
    }

    /** Only what success depends on separates two families: the verifier's size does not, a constant does. */
    @Test
    void familiesDifferByTheirConstantsOnly() {
        Revisions revisions = new Revisions(0.2, 0.5, 1, RevisionChains.Selection.VERIFIER,
                VerifierPreset.SNELL_PRM.verifier(8e9).withoutExploits());
        Revisions biggerVerifier = new Revisions(0.2, 0.5, 1, RevisionChains.Selection.VERIFIER,
                VerifierPreset.SNELL_PRM.verifier(7e10).withoutExploits());
        Revisions otherGain = new Revisions(0.2, Math.nextUp(0.5), 1, RevisionChains.Selection.VERIFIER,
                VerifierPreset.SNELL_PRM.verifier(8e9).withoutExploits());
        assertEquals(revisions.tables(MATH).key(), biggerVerifier.tables(MATH).key());
        assertNotEquals(revisions.tables(MATH).key(), otherGain.tables(MATH).key());
        assertNotEquals(revisions.tables(MATH).key(), revisions.tables(new Distractors(10, 0.5)).key());
        String key = revisions.tables(MATH).key(64);
        assertTrue(key.startsWith("format=" + TableFamily.FORMAT + ";") && key.endsWith(";seed=" + SuccessTable.SEED
                + ";k=64") && key.contains("reps=" + VerifierTables.REPS), key);
    }

    @Test
    void budgetNodesRunFromOneToTheLargest() {
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 11, 16, 23, 32, 45, 64, 91, 128, 181, 256),
                BudgetGrid.nodes(256));
        assertEquals(List.of(1, 2, 3), BudgetGrid.nodes(3));
        assertTrue(BudgetGrid.nodes(100_000).stream().allMatch(k -> BudgetGrid.isNode(k, 100_000)));
    }

    @Test
    void theReaderNamesTheLineThatIsNotInTheFormat() throws IOException {
        String header = "# flopsplit success tables, format " + TableFamily.FORMAT
                + ": written by docs/regenerate, read by io.flopsplit.inference.ShippedTables; do not edit\n";
        assertArrayEquals(new double[] {0.25, 0.5},
                ShippedTables.read(gzip(header + "table a\n2 3fd0000000000000 3fe0000000000000\n")).get("a").get(2));
        assertMalformed("line 1", "# another format\n");
        assertMalformed("line 2", header + "2 3fd0000000000000\n");
        assertMalformed("line 3", header + "table a\n2 3fd0000000000000 oops\n");
        assertMalformed("line 4", header + "table a\n2 3fd0000000000000\n2 3fd0000000000000\n");
        assertMalformed("line 3", header + "table a\ntable a\n");
    }

    private static void assertMalformed(String where, String text) {
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> ShippedTables.read(gzip(text)));
        assertTrue(error.getMessage().startsWith(ShippedTables.RESOURCE + " " + where + ":")
                && error.getMessage().contains("docs/regenerate"), error.getMessage());
    }

    private static ByteArrayInputStream gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
