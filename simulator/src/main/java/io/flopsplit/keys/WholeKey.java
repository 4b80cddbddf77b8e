package io.flopsplit.keys;

import io.flopsplit.compute.Checks;
import io.flopsplit.compute.NumberText;
import io.flopsplit.yaml.Fields;
import io.flopsplit.yaml.YamlNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A whole number in [low, high], with a default. The bounds are part of the model: they keep every
 * count within what the model can run in reasonable time and within the range of {@code int} where
 * the count is one, so a value like {@code 3e9} is an error naming the key, never an overflow.
 *
 * @param name the key
 * @param description what it means, unit and source
 * @param defaultValue its value when left out
 * @param low the smallest allowed
 * @param high the largest allowed
 */
public record WholeKey(String name, String description, Long defaultValue, long low, long high) implements Key<Long> {

    /** An upper bound this large means none: every whole number to it is exact in a double. */
    public static final long UNBOUNDED = 1L << 53;

    public WholeKey {
        Keys.checkName(name, description);
        if (defaultValue == null || low > high || defaultValue < low || defaultValue > high) {
            throw new IllegalArgumentException(name + ": default " + defaultValue + " must be in [" + low + ", "
                    + high + "]");
        }
    }

    @Override
    public Long read(Fields fields) {
        return fields.node(name).map(this::read).orElse(defaultValue);
    }

    /**
     * The whole number a node holds, read exactly (a seed of 19 digits keeps every one), checked
     * against the bounds; the error is located at the node.
     */
    public long read(YamlNode node) {
        double value = Fields.number(node);
        BigDecimal exact = NumberText.parseExact(Fields.text(node)).orElse(BigDecimal.valueOf(value));
        if (exact.signum() != 0 && exact.stripTrailingZeros().scale() > 0) {
            throw node.error("must be a whole number, was '" + Fields.text(node) + "'");
        }
        if (exact.compareTo(BigDecimal.valueOf(low)) < 0 || exact.compareTo(BigDecimal.valueOf(high)) > 0) {
            throw node.error(problem(value));
        }
        return exact.longValueExact();
    }

    /** The value as an {@code int}, for counts whose bounds fit one. */
    public int readInt(Fields fields) {
        return Math.toIntExact(read(fields));
    }

    @Override
    public Long check(Long value) {
        if (value < low || value > high) {
            throw new IllegalArgumentException(name + ": " + problem(value));
        }
        return value;
    }

    private String problem(double value) {
        return "must be " + domain() + ", was " + Checks.show(value);
    }

    @Override
    public Optional<String> write(Long value) {
        return Optional.of(Long.toString(value));
    }

    @Override
    public String domain() {
        return high >= UNBOUNDED ? ">= " + low : "in [" + low + ", " + high + "]";
    }

    @Override
    public Map<String, Object> schema() {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "number");
        schema.put("multipleOf", 1);
        schema.put("minimum", low);
        if (high < UNBOUNDED) {
            schema.put("maximum", high);
        }
        schema.put("default", defaultValue);
        schema.put("description", description);
        return schema;
    }
}
