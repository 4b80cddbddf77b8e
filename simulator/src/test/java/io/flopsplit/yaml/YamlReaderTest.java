package io.flopsplit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.flopsplit.compute.Checks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlReaderTest {

    private static final String SCENARIO = String.join("\n",
            "# a comment",
            "budget:",
            "  total: -1e23",
            "  name: small",
            "policies:",
            "  - name: chinchilla",
            "  - name: oracle",
            "    typo: 3",
            "");

    /** A record validated in its compact constructor, as scenario records are. */
    record Budget(double total, String name) {
        Budget {
            Checks.positive("total", total);
        }
    }

    @Test
    void nodesKnowTheirLineAndPath() {
        YamlNode root = YamlReader.parse(SCENARIO, "x.yaml");
        Fields fields = Fields.of(root);
        YamlNode total = Fields.of(fields.required("budget")).required("total");
        assertEquals(new YamlNode.Location("x.yaml", 3, "budget.total"), total.location());
        List<YamlNode> policies = fields.list("policies", node -> node);
        assertEquals(new YamlNode.Location("x.yaml", 7, "policies[1]"), policies.get(1).location());
    }

    @Test
    void validationFailuresPointAtTheKey() {
        Fields budget = Fields.of(Fields.of(YamlReader.parse(SCENARIO, "x.yaml")).required("budget"));
        InputError error = assertThrows(InputError.class,
                () -> budget.locate(() -> new Budget(budget.number("total", 1e24), budget.text("name", "b"))));
        assertEquals("budget.total: must be > 0, was -1e23 (x.yaml:3)", error.getMessage());
    }

    @Test
    void unknownKeysAreRefusedWithTheExpectedOnes() {
        Fields fields = Fields.of(YamlReader.parse(SCENARIO, "x.yaml"));
        fields.required("budget");
        List<YamlNode> policies = fields.list("policies", node -> node);
        fields.finish();
        Fields oracle = Fields.of(policies.get(1));
        oracle.text("name", "");
        assertEquals("policies[1].typo: unknown key; expected one of name (x.yaml:8)",
                assertThrows(InputError.class, oracle::finish).getMessage());
    }

    @Test
    void typesAreChecked() {
        YamlNode root = YamlReader.parse("a: lots\nb: [1, 2]\nc: .inf\nd: 2.5\ne: yes\nf: 1_000\n", "t.yaml");
        Fields fields = Fields.of(root);
        assertEquals("a: must be a number such as 1e23, was 'lots' (t.yaml:1)",
                assertThrows(InputError.class, () -> fields.number("a", 0)).getMessage());
        assertEquals("b: must be a single value, was a list (t.yaml:2)",
                assertThrows(InputError.class, () -> fields.number("b", 0)).getMessage());
        assertEquals("c: must be a number such as 1e23, was '.inf' (t.yaml:3)",
                assertThrows(InputError.class, () -> fields.number("c", 0)).getMessage());
        assertEquals("d: must be a whole number, was '2.5' (t.yaml:4)",
                assertThrows(InputError.class, () -> fields.whole("d", 0)).getMessage());
        assertEquals("e: must be true or false, was 'yes' (t.yaml:5)",
                assertThrows(InputError.class, () -> fields.flag("e", false)).getMessage());
        assertEquals(1000, fields.whole("f", 0));
        assertEquals(7, fields.number("missing", 7), 0);
    }

    @Test
    void nanIsNotANumber() {
        Fields fields = Fields.of(YamlReader.parse("x: NaN\n", "n.yaml"));
        assertEquals("x: must be a finite number, was 'NaN' (n.yaml:1)",
                assertThrows(InputError.class, () -> fields.number("x", 0)).getMessage());
    }

    @Test
    void badFilesAreOneLine(@TempDir Path directory) throws Exception {
        assertEquals("is empty (e.yaml)", assertThrows(InputError.class,
                () -> YamlReader.parse("", "e.yaml")).getMessage());
        assertEquals("is empty (c.yaml)", assertThrows(InputError.class,
                () -> YamlReader.parse("# only a comment\n", "c.yaml")).getMessage());
        InputError malformed = assertThrows(InputError.class, () -> YamlReader.parse("a: [1, 2\nb: 3\n", "m.yaml"));
        assertTrue(malformed.getMessage().startsWith("is not valid YAML: "), malformed.getMessage());
        assertTrue(malformed.line() > 0);
        assertEquals("a: is given twice (d.yaml:2)", assertThrows(InputError.class,
                () -> YamlReader.parse("a: 1\na: 2\n", "d.yaml")).getMessage());
        assertEquals("holds more than one YAML document (two.yaml:3)", assertThrows(InputError.class,
                () -> YamlReader.parse("a: 1\n---\nb: 2\n", "two.yaml")).getMessage());
        assertEquals("b: aliases (*name) are not supported; write the value out (al.yaml:2)",
                assertThrows(InputError.class, () -> YamlReader.parse("a: &x 1\nb: *x\n", "al.yaml")).getMessage());
        Path missing = directory.resolve("missing.yaml");
        assertEquals("no such file (" + missing + ")",
                assertThrows(InputError.class, () -> YamlReader.read(missing)).getMessage());
        Path binary = directory.resolve("binary.yaml");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0x41});
        assertThrows(InputError.class, () -> YamlReader.read(binary));
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedNamingTheFileAndTheLimit(@TempDir Path directory) throws Exception {
        Path large = directory.resolve("large.yaml");
        Files.writeString(large, "a: 1\n" + "#".repeat(YamlReader.MAX_FILE_BYTES));
        assertEquals("holds more than 1048576 bytes (1 MiB), the most an input file may hold (" + large + ")",
                assertThrows(InputError.class, () -> YamlReader.read(large)).getMessage());
        Path atTheLimit = directory.resolve("limit.yaml");
        String line = "# " + "-".repeat(1021) + "\n";
        Files.writeString(atTheLimit, "a: 1\n" + line.repeat((YamlReader.MAX_FILE_BYTES - 5) / line.length()));
        assertEquals("1", Fields.text(Fields.of(YamlReader.read(atTheLimit)).required("a")));
    }

    @Test
    void aDeviceThatNeverEndsIsRefusedAtTheLimit() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        assertEquals("holds more than 1048576 bytes (1 MiB), the most an input file may hold (/dev/zero)",
                assertThrows(InputError.class, () -> YamlReader.read(zero)).getMessage());
    }

    @Test
    void aDirectoryIsNotAFile(@TempDir Path directory) {
        assertEquals("is a directory, not a file (" + directory + ")",
                assertThrows(InputError.class, () -> YamlReader.read(directory)).getMessage());
    }

    @Test
    void aNamedPipeIsReadLikeAFile(@TempDir Path directory) throws Exception {
        Path fifo = directory.resolve("scenario.fifo");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        Thread writer = new Thread(() -> {
            try {
                Files.writeString(fifo, "a: 2\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.start();
        assertEquals("2", Fields.text(Fields.of(YamlReader.read(fifo)).required("a")));
        writer.join();
    }

    @Test
    void aLongLineIsRefusedBeforeTheParserScansIt() {
        // 8 MiB on one line: SnakeYAML alone takes ~24 s to scan it (its look-ahead window is copied
        // whole on every 1,024-character refill); the line limit refuses it before parsing.
        String text = "a: 1\nb: " + "1".repeat(8 << 20) + "\n";
        assertEquals("has a line of " + ((8 << 20) + 3) + " characters; a line may hold at most 65536 (big.yaml:2)",
                assertThrows(InputError.class, () -> YamlReader.parse(text, "big.yaml")).getMessage());
        String atTheLimit = "# " + "x".repeat(YamlReader.MAX_LINE_CHARS - 2) + "\r\na: 1\r\n";
        assertEquals("1", Fields.text(Fields.of(YamlReader.parse(atTheLimit, "ok.yaml")).required("a")));
        assertThrows(InputError.class, () -> YamlReader.parse("a: 1\r# " + "x".repeat(YamlReader.MAX_LINE_CHARS)
                + "\r", "cr.yaml"));
    }

    @Test
    void aLongScalarIsRefusedAtItsKey() {
        String words = ("word ".repeat(10) + "\n  ").repeat(YamlReader.MAX_SCALAR_CHARS / 50 + 1);
        assertEquals("budget.name: is a value of 10050 characters; a value may hold at most 10000 (s.yaml:2)",
                assertThrows(InputError.class, () -> YamlReader.parse("budget:\n  name: \"" + words + "\"\n",
                        "s.yaml")).getMessage());
        String key = "k".repeat(YamlReader.MAX_SCALAR_CHARS + 1);
        assertEquals("budget: has a key of 10001 characters; a key may hold at most 10000 (k.yaml:2)",
                assertThrows(InputError.class, () -> YamlReader.parse("budget:\n  ? " + key + "\n  : 1\n",
                        "k.yaml")).getMessage());
        String longest = "n".repeat(YamlReader.MAX_SCALAR_CHARS);
        assertEquals(longest, Fields.text(Fields.of(YamlReader.parse("a: " + longest + "\n", "l.yaml")).required("a")));
    }

    @Test
    void aMappingIsRequiredAtTheTop() {
        assertEquals("must be a mapping of keys to values, was a list (l.yaml:1)", assertThrows(InputError.class,
                () -> Fields.of(YamlReader.parse("- 1\n- 2\n", "l.yaml"))).getMessage());
    }
}
