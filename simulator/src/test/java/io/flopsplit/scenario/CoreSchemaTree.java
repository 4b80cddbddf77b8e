package io.flopsplit.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.flopsplit.yaml.YamlNode;
import io.flopsplit.yaml.YamlReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A scenario file as a JSON tree, its scalars typed the way YAML 1.2's core schema types them — the
 * schema of the YAML language server in editors, where {@code 1e23} is a number. Jackson's YAML
 * parser follows YAML 1.1, where {@code 1e23} (no dot) is a string, so the schema validator is not
 * given Jackson's own tree: the file is read with flopsplit's located reader and each scalar is
 * typed here (core-schema null, booleans, integers and floats; everything else text). The located
 * reader keeps a scalar's text but not its quotes, so a quoted {@code "1e23"} is a number here too —
 * as it is to flopsplit, which reads numbers from their text.
 */
final class CoreSchemaTree {

    private static final Pattern NULL = Pattern.compile("null|Null|NULL|~");
    private static final Pattern BOOLEAN = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
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
        if (INTEGER.matcher(text).matches() || FLOAT.matcher(text).matches()) {
            return NODES.numberNode(new BigDecimal(text.startsWith("+") ? text.substring(1) : text));
        }
        return NODES.textNode(text);
    }
}
