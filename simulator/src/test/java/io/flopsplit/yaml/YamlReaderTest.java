package io.flopsplit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.compute.Checks;
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
    void aMappingIsRequiredAtTheTop() {
        assertEquals("must be a mapping of keys to values, was a list (l.yaml:1)", assertThrows(InputError.class,
                () -> Fields.of(YamlReader.parse("- 1\n- 2\n", "l.yaml"))).getMessage());
    }
}
