package io.flopsplit.scenario;

import io.flopsplit.compute.Range;
import io.flopsplit.keys.Key;
import io.flopsplit.keys.KeyValues;
import io.flopsplit.keys.Keys;
import io.flopsplit.keys.NodeKey;
import io.flopsplit.keys.NumberKey;
import io.flopsplit.keys.OptionalNumberKey;
import io.flopsplit.keys.YamlText;
import io.flopsplit.uncertainty.Fixed;
import io.flopsplit.uncertainty.LogNormal;
import io.flopsplit.uncertainty.Normal;
import io.flopsplit.uncertainty.ScaledBeta;
import io.flopsplit.uncertainty.Triangular;
import io.flopsplit.uncertainty.Uncertain;
import io.flopsplit.uncertainty.Uniform;
import io.flopsplit.yaml.Fields;
import io.flopsplit.yaml.YamlNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads an uncertain input: a plain number (fixed), or a mapping with one key naming the
 * distribution — {@code normal: {mean, sd, low, high}} (low and high optional, for truncation),
 * {@code lognormal: {median, sigma}}, {@code uniform: {low, high}},
 * {@code triangular: {low, mode, high}}, {@code beta: {alpha, beta, low = 0, high = 1}} — and writes
 * one back in the same form. Each kind declares its parameters as keys, which read them and describe
 * them in the scenario's JSON Schema ({@link #definition()}).
 */
final class Distributions {

    /** The name of the distributions' definition in the scenario's JSON Schema. */
    static final String DEFINITION = "distribution";

    private static final NumberKey LOW = Keys.number("low", "Lower end", 0, Range.ANY);
    private static final NumberKey HIGH = Keys.number("high", "Upper end", 1, Range.ANY);
    private static final NumberKey MEAN = Keys.number("mean", "Mean", 0, Range.ANY);
    private static final NumberKey SD = Keys.number("sd", "Standard deviation", 1, Range.POSITIVE);
    private static final OptionalNumberKey TRUNCATE_LOW = new OptionalNumberKey("low",
            "Lower truncation point; left out, none", Range.ANY, 0);
    private static final OptionalNumberKey TRUNCATE_HIGH = new OptionalNumberKey("high",
            "Upper truncation point; left out, none", Range.ANY, 1);
    private static final NumberKey MEDIAN = Keys.number("median", "Median", 1, Range.POSITIVE);
    private static final NumberKey SIGMA = Keys.number("sigma", "Standard deviation of the logarithm", 1,
            Range.openClosed(0, 10));
    private static final NumberKey MODE = Keys.number("mode", "Most likely value, in [low, high]", 0.5, Range.ANY);
    private static final NumberKey ALPHA = Keys.number("alpha", "First shape parameter", 1, Range.POSITIVE);
    private static final NumberKey BETA = Keys.number("beta", "Second shape parameter", 1, Range.POSITIVE);
    private static final List<Kind> KINDS = List.of(
            new Kind("normal", "A normal distribution, truncated to [low, high] when they are given",
                    List.of(MEAN, SD, TRUNCATE_LOW, TRUNCATE_HIGH), v -> new Normal(v.number(MEAN), v.number(SD),
                            v.get(TRUNCATE_LOW).orElse(-Double.MAX_VALUE), v.get(TRUNCATE_HIGH).orElse(Double.MAX_VALUE))),
            new Kind("lognormal", "A lognormal distribution: its logarithm is normal", List.of(MEDIAN, SIGMA),
                    v -> new LogNormal(v.number(MEDIAN), v.number(SIGMA))),
            new Kind("uniform", "A uniform distribution on [low, high]", List.of(LOW, HIGH),
                    v -> new Uniform(v.number(LOW), v.number(HIGH))),
            new Kind("triangular", "A triangular distribution on [low, high] peaking at mode", List.of(LOW, MODE, HIGH),
                    v -> new Triangular(v.number(LOW), v.number(MODE), v.number(HIGH))),
            new Kind("beta", "A beta distribution scaled to [low, high]", List.of(ALPHA, BETA, LOW, HIGH),
                    v -> new ScaledBeta(v.number(ALPHA), v.number(BETA), v.number(LOW), v.number(HIGH))));
    private static final String NAMES = String.join(", ", KINDS.stream().map(Kind::name).toList()
            .subList(0, KINDS.size() - 1)) + " or " + KINDS.get(KINDS.size() - 1).name();

    /**
     * One kind of distribution: the key naming it, its parameters and how it is made from them.
     *
     * @param name the key naming it in a scenario file
     * @param description what it is
     * @param parameters its parameters, each with its default
     * @param factory makes the distribution from the parameters' values
     */
    private record Kind(String name, String description, List<Key<?>> parameters,
                        Function<KeyValues, Uncertain> factory) {

        Map<String, Object> schema() {
            Map<String, Object> properties = new LinkedHashMap<>();
            parameters.forEach(parameter -> properties.put(parameter.name(), parameter.schema()));
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("type", "object");
            schema.put("description", description);
            schema.put("additionalProperties", false);
            schema.put("properties", properties);
            return schema;
        }
    }

    private Distributions() {
    }

    /**
     * A key taking a number or a distribution whose every draw lies in {@code range}: a number
     * outside is refused as any number is; a distribution reaching outside is refused with
     * {@code outside}, which should say how to bound it.
     */
    static NodeKey<Uncertain> key(String name, String description, Uncertain defaultValue, Range range,
                                  String outside) {
        return key(name, description, defaultValue, range, range, outside);
    }

    /**
     * A key taking a number in {@code range}, or a distribution whose mean lies in {@code range} and
     * whose every draw lies in {@code support}: for a key whose user draws beyond {@code range}
     * another value (the demand, whose draws above the most a trial counts are drawn again).
     */
    static NodeKey<Uncertain> key(String name, String description, Uncertain defaultValue, Range range,
                                  Range support, String outside) {
        return new NodeKey<>(name, description, defaultValue, range.describe() + ": a number or a distribution",
                node -> within(read(node), range, support, outside, node::error), value -> Optional.of(write(value)),
                value -> within(value, range, support, outside,
                        problem -> new IllegalArgumentException(name + ": " + problem)),
                schema(range, defaultValue));
    }

    /** A number key of a registry (a strategy parameter) read as a number or a distribution. */
    static NodeKey<Uncertain> uncertain(NumberKey key) {
        return key(key.name(), key.description(), new Fixed(key.defaultValue()), key.range(),
                "must stay " + key.range().describe() + "; bound the distribution with low and high");
    }

    private static Uncertain within(Uncertain value, Range range, Range support, String outside,
                                    Function<String, RuntimeException> error) {
        if (value instanceof Fixed fixed && !range.contains(fixed.value())) {
            throw error.apply(range.problem(fixed.value()));
        }
        if (!support.containsAll(value.low(), value.high())) {
            throw error.apply(outside);
        }
        if (!range.contains(value.mean())) {
            throw error.apply("its mean " + range.problem(value.mean()));
        }
        return value;
    }

    private static Map<String, Object> schema(Range range, Uncertain defaultValue) {
        Map<String, Object> number = new LinkedHashMap<>();
        number.put("type", "number");
        number.putAll(range.schema());
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("oneOf", List.of(number, Map.of("$ref", "#/definitions/" + DEFINITION)));
        if (defaultValue instanceof Fixed fixed) {
            schema.put("default", fixed.value());
        }
        return schema;
    }

    /** The JSON Schema of a distribution: a mapping with one key, the kind, holding its parameters. */
    static Map<String, Object> definition() {
        Map<String, Object> kinds = new LinkedHashMap<>();
        KINDS.forEach(kind -> kinds.put(kind.name(), kind.schema()));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("description", "A distribution, drawn anew in every trial: one key naming it (" + NAMES
                + ") holding its parameters");
        schema.put("minProperties", 1);
        schema.put("maxProperties", 1);
        schema.put("additionalProperties", false);
        schema.put("properties", kinds);
        return schema;
    }

    static Uncertain read(YamlNode node) {
        if (node instanceof YamlNode.Scalar) {
            return new Fixed(Fields.number(node));
        }
        if (!(node instanceof YamlNode.Mapping mapping) || mapping.entries().size() != 1) {
            throw node.error("must be a number or a distribution: one of " + NAMES + ", e.g. {normal: {mean: 1, sd: 0.1}}");
        }
        Map.Entry<String, YamlNode> only = mapping.entries().entrySet().iterator().next();
        Kind kind = KINDS.stream().filter(k -> k.name().equals(only.getKey())).findFirst()
                .orElseThrow(() -> only.getValue().location().error("unknown distribution '" + only.getKey()
                        + "'; expected " + NAMES));
        Fields fields = Fields.of(only.getValue());
        KeyValues values = KeyValues.read(kind.parameters(), fields);
        fields.finish();
        return fields.locate(() -> kind.factory().apply(values));
    }

    /** The distribution as the scenario file writes it (the inverse of {@link #read}). */
    static String write(Uncertain value) {
        if (value instanceof Fixed fixed) {
            return YamlText.number(fixed.value());
        }
        return "{" + value.describe().replaceFirst("\\(", ": {").replace("=", ": ").replace(")", "}") + "}";
    }
}
