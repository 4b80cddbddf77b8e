package io.flopsplit.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.flopsplit.cli.ThriftyPolicy;
import io.flopsplit.policy.Policies;
import io.flopsplit.yaml.InputError;
import io.flopsplit.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scenario files' JSON Schema: the committed copy is what the keys write, every shipped scenario
 * names it in its first line and satisfies it, and broken scenarios fail it — each also refused by
 * the scenario reader, so the schema never accepts what {@code flopsplit validate} refuses in these
 * cases. Validated with networknt's json-schema-validator (draft 7); files are typed as YAML 1.2 types
 * them ({@link CoreSchemaTree}), as the editors' YAML language server does.
 */
class ScenarioSchemaTest {

    private static final Path SCENARIOS = Path.of("../scenarios");
    private static final Path SHIPPED = SCENARIOS.resolve(ScenarioSchema.FILE_NAME);
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);

    static Stream<Path> shippedScenarios() throws IOException {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            List<Path> scenarios = files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
            assertTrue(scenarios.size() >= 8, "the shipped scenarios were not found in " + SCENARIOS);
            return scenarios.stream();
        }
    }

    private static List<Error> errors(JsonNode scenario) {
        return REGISTRY.getSchema(ScenarioSchema.json()).validate(scenario);
    }

    @Test
    void theShippedSchemaIsWhatTheKeysWrite() throws IOException {
        assertEquals(ScenarioSchema.json(), Files.readString(SHIPPED), "scenarios/" + ScenarioSchema.FILE_NAME
                + " is stale; rewrite it with: java -jar simulator/target/flopsplit.jar schema > scenarios/"
                + ScenarioSchema.FILE_NAME);
    }

    @Test
    void theSchemaIsAValidDraft7Schema() throws IOException {
        Schema draft7 = REGISTRY.getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#"));
        List<Error> errors = draft7.validate(new ObjectMapper().readTree(ScenarioSchema.json()));
        assertEquals(List.of(), errors);
    }

    @ParameterizedTest
    @MethodSource("shippedScenarios")
    void everyShippedScenarioNamesTheSchemaFirst(Path scenario) throws IOException {
        assertEquals(ScenarioSchema.MODELINE, Files.readAllLines(scenario).get(0), scenario
                + " must start with the line that points editors at the schema");
    }

    @ParameterizedTest
    @MethodSource("shippedScenarios")
    void everyShippedScenarioSatisfiesTheSchema(Path scenario) {
        assertEquals(List.of(), errors(CoreSchemaTree.read(scenario)), scenario.toString());
    }

    @Test
    void numbersInScientificNotationAreNumbers() {
        JsonNode scenario = CoreSchemaTree.parse("budget: {total: 1e23}\ndeployment: {queries: 2.5E+9}\n");
        assertTrue(scenario.at("/budget/total").isNumber());
        assertTrue(scenario.at("/deployment/queries").isNumber());
        assertEquals(List.of(), errors(scenario));
    }

    /** Each broken scenario, the instance location (a JSON pointer) of one of its errors and that error's keyword. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            budgte: {total: 1e23}                                          | ''                                | additionalProperties
            budget: {totl: 1e23}                                           | /budget                           | additionalProperties
            data: {selection: {keptFraktion: 0.3}}                         | /data/selection                   | additionalProperties
            budget: {total: lots}                                          | /budget/total                     | type
            budget: [1e23]                                                 | /budget                           | type
            budget: {total: -1e23}                                         | /budget/total                     | exclusiveMinimum
            hardware: {utilisation: 1.5}                                   | /hardware/utilisation             | maximum
            montecarlo: {trials: 200.5}                                    | /montecarlo/trials                | multipleOf
            deployment: {exhaustion: give-up}                              | /deployment/exhaustion            | enum
            law: {profile: chinchila}                                      | /law/profile                      | enum
            policies: [chinchila]                                          | /policies/0                       | oneOf
            policies: [{name: chinchila}]                                  | /policies/0/name                  | oneOf
            policies: [{label: no-name}]                                   | /policies/0                       | required
            policies: [{name: fixed-split, trainingShare: 2}]              | /policies/0/trainingShare         | maximum
            policies: [{name: chinchilla, trainingShare: 0.3}]             | /policies/0                       | additionalProperties
            policies: [{name: fixed-split, strategy: best-of-k}]           | /policies/0/strategy              | enum
            deployment: {queries: {gaussian: {mean: 1e9, sd: 1e8}}}       | /deployment/queries               | additionalProperties
            deployment: {queries: {normal: {mean: 1e9, sdev: 1e8}}}        | /deployment/queries/normal        | additionalProperties
            deployment: {queries: {normal: {mean: 1e9, sd: -1}}}           | /deployment/queries/normal/sd     | exclusiveMinimum
            deployment: {queries: {normal: {mean: 1e9}, uniform: {low: 0}}} | /deployment/queries              | maxProperties
            deployment: {queries: -5}                                      | /deployment/queries               | minimum
            strategies: {revisionKeep: {uniform: {low: 0.1, high: many}}}  | /strategies/revisionKeep/uniform/high | type
            law: {uncertainty: {sd: {E: 0.03, F: 1}}}                      | /law/uncertainty/sd               | additionalProperties
            variants: [{deployment: {queries: 1e6}}]                       | /variants/0                       | required
            variants: [{name: a, variants: []}]                            | /variants/0                       | additionalProperties
            """)
    void brokenScenariosFailTheSchemaAndTheReader(String yaml, String location, String keyword) {
        List<Error> errors = errors(CoreSchemaTree.parse(yaml + "\n"));
        assertTrue(errors.stream().anyMatch(error -> error.getInstanceLocation().toString().equals(location)
                && error.getKeyword().equals(keyword)), () -> yaml + " should fail " + keyword + " at " + location
                + "; the errors were " + errors);
        assertThrows(InputError.class, () -> ScenarioReader.read(YamlReader.parse(yaml + "\n", "broken.yaml"),
                Path.of("broken.yaml")), () -> yaml + " satisfies the reader");
    }

    @Test
    void aRegisteredPolicyIsInTheSchemaItPrints() {
        JsonNode thrifty = CoreSchemaTree.parse("policies: [thrifty, {name: thrifty, label: t2, share: 0.3}]\n");
        assertFalse(errors(thrifty).isEmpty(), "an unregistered policy satisfies the schema");
        try (Policies.Registration registration = Policies.register(ThriftyPolicy.TYPE)) {
            assertEquals(List.of(), errors(thrifty));
            assertFalse(errors(CoreSchemaTree.parse("policies: [{name: thrifty, share: 1.5}]\n")).isEmpty());
            assertFalse(errors(CoreSchemaTree.parse("policies: [{name: thrifty, trainingShare: 0.3}]\n")).isEmpty());
        }
    }

    @Test
    void theCoreSchemaTreeTypesScalarsAsYaml12() {
        JsonNode tree = CoreSchemaTree.parse("a: 1e23\nb: .5\nc: -3\nd: true\ne: ~\nf: 1e23x\ng: ''\nh: yes\n"
                + "i: 1_000\nj: 0x1F\nk: .inf\n");
        assertTrue(tree.get("a").isNumber() && tree.get("b").isNumber() && tree.get("c").isNumber());
        assertEquals(1e23, tree.get("a").doubleValue());
        assertTrue(tree.get("d").isBoolean() && tree.get("e").isNull());
        assertTrue(tree.get("f").isTextual() && tree.get("g").isTextual() && tree.get("h").isTextual());
        assertTrue(tree.get("i").isTextual() && tree.get("k").isTextual());
        assertEquals(31, tree.get("j").intValue());
    }
}
