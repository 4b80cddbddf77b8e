package io.flopsplit.scenario;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.flopsplit.compute.NumberText;
import io.flopsplit.keys.Key;
import io.flopsplit.keys.Section;
import io.flopsplit.policy.Policies;
import io.flopsplit.policy.PolicyType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema (draft 7) of scenario files, written from the same declarations that read them:
 * every section's keys (type, allowed values, default and description, {@link Key#schema()}), the
 * distributions uncertain keys take, and every policy registered when it is written, with its
 * options. Editors with the YAML language server use it for completion, hover text and early errors
 * (each shipped scenario names it in its first line, {@link #MODELINE}); {@code flopsplit validate}
 * remains the authority, since some rules (a baseline among the policies, a suite file that exists,
 * a law uncertainty only for Chinchilla-form laws) are not expressed here.
 *
 * <p>The text is deterministic: every mapping is written with its keys sorted, numbers in their
 * shortest exact form ({@code 1e23}), lines ending in {@code \n}.
 */
public final class ScenarioSchema {

    /** The file the repository keeps the schema in, next to the shipped scenarios. */
    public static final String FILE_NAME = "scenario.schema.json";
    /** The first line of a scenario file that points the YAML language server at the schema. */
    public static final String MODELINE = "# yaml-language-server: $schema=" + FILE_NAME;

    private static final String DRAFT_7 = "http://json-schema.org/draft-07/schema#";
    private static final String POLICY_NAME = "policyName";
    private static final String CONFIGURED_POLICY = "configuredPolicy";
    private static final String VARIANT = "variant";
    private static final String VARIANTS_DESCRIPTION = "Run the scenario once per variant, each overriding keys;"
            + " a variant's name is appended to the scenario's, and names must differ";

    private ScenarioSchema() {
    }

    /** The schema as nested maps and lists, with the policies registered now. */
    public static Map<String, Object> schema() {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", DRAFT_7);
        schema.put("title", "flopsplit scenario");
        schema.put("description", "A flopsplit scenario file (see `flopsplit reference`). An editor aid:"
                + " `flopsplit validate FILE` is the authority on what a scenario may hold.");
        schema.putAll(object(properties(true)));
        Map<String, Object> definitions = new LinkedHashMap<>();
        definitions.put(Distributions.DEFINITION, Distributions.definition());
        definitions.put(POLICY_NAME, policyName());
        definitions.put(CONFIGURED_POLICY, configuredPolicy());
        Map<String, Object> variant = object(properties(false));
        variant.put("required", List.of(ScenarioReader.NAME.name()));
        variant.put("description", "A variant: its name and the keys it overrides");
        definitions.put(VARIANT, variant);
        schema.put("definitions", definitions);
        return schema;
    }

    /** The schema as JSON text, ending in a newline. */
    public static String json() {
        try {
            return MAPPER.writer(PRINTER).writeValueAsString(schema()) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the schema cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    /** The top-level keys, in the order the reference scenario writes them; a variant has no variants. */
    private static Map<String, Object> properties(boolean root) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(ScenarioReader.NAME.name(), root ? ScenarioReader.NAME.schema()
                : Map.of("type", "string", "description", "The variant's name, appended to the scenario's"));
        properties.put(ScenarioReader.QUESTION.name(), ScenarioReader.QUESTION.schema());
        for (Section section : Scenario.SECTIONS) {
            properties.put(section.name(), section(section));
        }
        Map<String, Object> policies = new LinkedHashMap<>();
        policies.put("type", "array");
        policies.put("description", PolicyReader.DESCRIPTION);
        policies.put("items", Map.of("anyOf", List.of(ref(POLICY_NAME), ref(CONFIGURED_POLICY))));
        properties.put(ScenarioReader.POLICIES, policies);
        properties.put(ScenarioReader.BASELINE.name(), ScenarioReader.BASELINE.schema());
        if (root) {
            properties.put(ScenarioReader.VARIANTS, Map.of("type", "array", "description", VARIANTS_DESCRIPTION,
                    "items", ref(VARIANT)));
        }
        return properties;
    }

    private static Map<String, Object> section(Section section) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Key<?> key : section.keys()) {
            properties.put(key.name(), key.schema());
        }
        for (Section nested : section.sections()) {
            properties.put(nested.name(), section(nested));
        }
        Map<String, Object> schema = object(properties);
        schema.put("description", section.description());
        return schema;
    }

    /** Every registered policy's name, each with its description. */
    private static Map<String, Object> policyName() {
        List<Object> names = new ArrayList<>();
        for (PolicyType<?> type : Policies.types()) {
            names.add(Map.of("const", type.name(), "description", type.description()));
        }
        return Map.of("description", "A registered policy (see `flopsplit policies`)", "oneOf", names);
    }

    /**
     * A policy with its options: {@code name}, {@code label} and, for each registered policy, its own
     * options only (an {@code if}/{@code then} per name, so that another policy's option is flagged).
     */
    private static Map<String, Object> configuredPolicy() {
        List<Object> perPolicy = new ArrayList<>();
        for (PolicyType<?> type : Policies.types()) {
            Map<String, Object> options = new LinkedHashMap<>();
            options.put(PolicyReader.NAME, true);
            options.put(PolicyReader.LABEL.name(), true);
            for (Key<?> option : type.options()) {
                options.put(option.name(), option.schema());
            }
            Map<String, Object> named = Map.of("required", List.of(PolicyReader.NAME),
                    "properties", Map.of(PolicyReader.NAME, Map.of("const", type.name())));
            perPolicy.add(Map.of("if", named, "then", object(options)));
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(PolicyReader.NAME, ref(POLICY_NAME));
        properties.put(PolicyReader.LABEL.name(), Map.of("type", "string",
                "description", PolicyReader.LABEL.description()));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("description", "A policy with options: {name: fixed-split, label: split-30, trainingShare: 0.3}");
        schema.put("required", List.of(PolicyReader.NAME));
        schema.put("properties", properties);
        schema.put("allOf", perPolicy);
        return schema;
    }

    private static Map<String, Object> object(Map<String, Object> properties) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("additionalProperties", false);
        schema.put("properties", properties);
        return schema;
    }

    private static Map<String, Object> ref(String definition) {
        return Map.of("$ref", "#/definitions/" + definition);
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .registerModule(new SimpleModule().addSerializer(Double.class, new ExactNumbers()));
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    /** Doubles in their shortest exact form, as scenario files write them: {@code 1e23}, {@code 0.5}, {@code 1}. */
    private static final class ExactNumbers extends StdSerializer<Double> {
        ExactNumbers() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            if (!Double.isFinite(value)) {
                throw new IllegalStateException("the schema holds a number JSON cannot write: " + value);
            }
            generator.writeNumber(NumberText.exact(value));
        }
    }
}
