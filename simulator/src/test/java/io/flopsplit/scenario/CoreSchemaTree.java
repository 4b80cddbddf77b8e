package io.flopsplit.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.flopsplit.yaml.YamlNode;
import io.flopsplit.yaml.YamlReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A scenario file as a JSON tree, its scalars typed the way YAML 1.2's core schema types them — the
 * schema of the YAML language server in editors, where {@code 1e23} is a number and {@code yes} a
 * word. A YAML 1.1 resolver (SnakeYAML's) leaves {@code 1e23} (no dot) a string, and Jackson's YAML
 * parser has rules of its own ({@code yes} and {@code on} are booleans, {@code 1_000} a number), so
 * the schema validator is not given either's tree: the file is read with flopsplit's located reader
 * and each plain scalar is typed here (core-schema null, booleans, integers and floats; everything
 * else, {@code .inf} and {@code .nan} included, text, as JSON has no such numbers). The located reader
 * keeps a scalar's text but not its quotes, so a quoted {@code "1e23"} is a number here too — as it
 * is to flopsplit, which reads numbers from their text.
 */
final class CoreSchemaTree {

    private static final Pattern NULL = Pattern.compile("null|Null|NULL|~");
    private static final Pattern BOOLEAN = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern OCTAL_OR_HEX = Pattern.compile("0o[0-7]+|0x[0-9a-fA-F]+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CoreSchemaTree() {
    }

    static JsonNode read(Path file) {
        return tree(YamlReader.read(file));
    }

    static JsonNode parse(String yaml) {
        return tree(YamlReader.parse(yaml, "broken.yaml"));
    }

    static JsonNode tree(YamlNode node) {
        if (node instanceof YamlNode.Mapping mapping) {
            ObjectNode object = NODES.objectNode();
            mapping.entries().forEach((key, value) -> object.set(key, tree(value)));
            return object;
        }
        if (node instanceof YamlNode.Sequence sequence) {
            ArrayNode array = NODES.arrayNode();
            sequence.items().forEach(item -> array.add(tree(item)));
            return array;
        }
        YamlNode.Scalar scalar = (YamlNode.Scalar) node;
        return scalar.isNull() ? NODES.nullNode() : scalar(scalar.text());
    }

    private static JsonNode scalar(String text) {
        if (NULL.matcher(text).matches()) {
            return NODES.nullNode();
        }
        if (BOOLEAN.matcher(text).matches()) {
            return NODES.booleanNode(text.equalsIgnoreCase("true"));
        }
        if (OCTAL_OR_HEX.matcher(text).matches()) {
            return NODES.numberNode(new BigInteger(text.substring(2), text.charAt(1) == 'o' ? 8 : 16));
        }
        if (INTEGER.matcher(text).matches() || FLOAT.matcher(text).matches()) {
            return NODES.numberNode(new BigDecimal(text.startsWith("+") ? text.substring(1) : text));
        }
        return NODES.textNode(text);
    }
}
