package io.flopsplit.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one YAML document into a located {@link YamlNode} tree with Jackson's streaming YAML
 * parser. Refused, each as one {@link InputError}: a missing or unreadable file, an empty file,
 * malformed YAML, several documents, aliases (every value is written where it applies), and a key
 * given twice.
 */
public final class YamlReader {

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private YamlReader() {
    }

    /** Reads {@code file}; errors name it as {@code file.toString()}. */
    public static YamlNode read(Path file) {
        String source = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputError(source, 0, "", "no such file");
        } catch (CharacterCodingException e) {
            throw new InputError(source, 0, "", "is not UTF-8 text");
        } catch (IOException e) {
            throw new InputError(source, 0, "", "cannot be read: " + e.getMessage());
        }
        return parse(text, source);
    }

    /** Parses {@code text}, naming it {@code source} in errors. */
    public static YamlNode parse(String text, String source) {
        try (YAMLParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InputError(source, 0, "", "is empty");
            }
            YamlNode root = node(parser, new YamlNode.Location(source, line(parser), ""));
            if (parser.nextToken() != null) {
                throw new InputError(source, line(parser), "", "holds more than one YAML document");
            }
            return root;
        } catch (JsonProcessingException e) {
            String problem = e.getOriginalMessage().lines().findFirst().orElse("malformed YAML").strip();
            JsonLocation where = e.getLocation();
            throw new InputError(source, where == null ? 0 : where.getLineNr(), "", "is not valid YAML: " + problem);
        } catch (IOException e) {
            throw new InputError(source, 0, "", "cannot be read: " + e.getMessage());
        }
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    private static YamlNode node(YAMLParser parser, YamlNode.Location location) throws IOException {
        if (parser.isCurrentAlias()) {
            throw location.error("aliases (*name) are not supported; write the value out");
        }
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            return mapping(parser, location);
        }
        if (token == JsonToken.START_ARRAY) {
            return sequence(parser, location);
        }
        if (token == JsonToken.VALUE_NULL) {
            return new YamlNode.Scalar(location, "", true);
        }
        return new YamlNode.Scalar(location, parser.getText(), false);
    }

    private static YamlNode mapping(YAMLParser parser, YamlNode.Location location) throws IOException {
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            YamlNode.Location child = location.child(key, line(parser));
            if (entries.containsKey(key)) {
                throw child.error("is given twice");
            }
            parser.nextToken();
            entries.put(key, node(parser, child));
        }
        return new YamlNode.Mapping(location, entries);
    }

    private static YamlNode sequence(YAMLParser parser, YamlNode.Location location) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(node(parser, location.item(items.size(), line(parser))));
        }
        return new YamlNode.Sequence(location, items);
    }
}
