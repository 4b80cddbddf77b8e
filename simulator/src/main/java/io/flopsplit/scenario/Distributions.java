package io.flopsplit.scenario;

import io.flopsplit.compute.Range;
import io.flopsplit.keys.NodeKey;
import io.flopsplit.keys.NumberKey;
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
 * one back in the same form.
 */
final class Distributions {

    private static final String KINDS = "normal, lognormal, uniform, triangular or beta";

    private Distributions() {
    }

    /**
     * A key taking a number or a distribution whose every draw lies in {@code range}: a number
     * outside is refused as any number is; a distribution reaching outside is refused with
     * {@code outside}, which should say how to bound it.
     */
    static NodeKey<Uncertain> key(String name, String description, Uncertain defaultValue, Range range,
                                  String outside) {
        return new NodeKey<>(name, description, defaultValue, range.describe() + ": a number or a distribution",
                node -> within(read(node), range, outside, node::error), value -> Optional.of(write(value)),
                value -> within(value, range, outside, problem -> new IllegalArgumentException(name + ": " + problem)),
                schema(range));
    }

    /** A number key of a registry (a strategy parameter) read as a number or a distribution. */
    static NodeKey<Uncertain> uncertain(NumberKey key) {
        return key(key.name(), key.description(), new Fixed(key.defaultValue()), key.range(),
                "must stay " + key.range().describe() + "; bound the distribution with low and high");
    }

    private static Uncertain within(Uncertain value, Range range, String outside,
                                    Function<String, RuntimeException> error) {
        if (value instanceof Fixed fixed && !range.contains(fixed.value())) {
            throw error.apply(range.problem(fixed.value()));
        }
        if (!range.containsAll(value.low(), value.high())) {
            throw error.apply(outside);
        }
        return value;
    }

    private static Map<String, Object> schema(Range range) {
        Map<String, Object> number = new LinkedHashMap<>();
        number.put("type", "number");
        number.putAll(range.schema());
        return Map.of("oneOf", List.of(number, Map.of("$ref", "#/definitions/distribution")));
    }

    static Uncertain read(YamlNode node) {
        if (node instanceof YamlNode.Scalar) {
            return new Fixed(Fields.number(node));
        }
        if (!(node instanceof YamlNode.Mapping mapping) || mapping.entries().size() != 1) {
            throw node.error("must be a number or a distribution: one of " + KINDS + ", e.g. {normal: {mean: 1, sd: 0.1}}");
        }
        Map.Entry<String, YamlNode> only = mapping.entries().entrySet().iterator().next();
        Fields fields = Fields.of(only.getValue());
        Uncertain value = switch (only.getKey()) {
            case "normal" -> fields.locate(() -> new Normal(fields.number("mean", 0), fields.number("sd", 1),
                    fields.number("low", -Double.MAX_VALUE), fields.number("high", Double.MAX_VALUE)));
            case "lognormal" -> fields.locate(() -> new LogNormal(fields.number("median", 1), fields.number("sigma", 1)));
            case "uniform" -> fields.locate(() -> new Uniform(fields.number("low", 0), fields.number("high", 1)));
            case "triangular" -> fields.locate(() -> new Triangular(fields.number("low", 0), fields.number("mode", 0.5),
                    fields.number("high", 1)));
            case "beta" -> fields.locate(() -> new ScaledBeta(fields.number("alpha", 1), fields.number("beta", 1),
                    fields.number("low", 0), fields.number("high", 1)));
            default -> throw only.getValue().location().error("unknown distribution '" + only.getKey()
                    + "'; expected " + KINDS);
        };
        fields.finish();
        return value;
    }

    /** The distribution as the scenario file writes it (the inverse of {@link #read}). */
    static String write(Uncertain value) {
        if (value instanceof Fixed fixed) {
            return YamlText.number(fixed.value());
        }
        return "{" + value.describe().replaceFirst("\\(", ": {").replace("=", ": ").replace(")", "}") + "}";
    }
}
