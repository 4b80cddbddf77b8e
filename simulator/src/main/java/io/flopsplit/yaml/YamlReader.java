package io.flopsplit.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one YAML document into a located {@link YamlNode} tree with Jackson's streaming YAML
 * parser. Refused, each as one {@link InputError}: a missing or unreadable file, a directory, an
 * empty file, malformed YAML, several documents, aliases (every value is written where it applies),
 * a key given twice, and input beyond the limits below.
 *
 * <p>Limits, so that no input can exhaust memory or time: a file holds at most
 * {@value #MAX_FILE_BYTES} bytes (read up to one byte more, so a device such as {@code /dev/zero}
 * or a pipe that never ends is refused as quickly as an oversized file); a line holds at most
 * {@value #MAX_LINE_CHARS} characters, checked before parsing; a scalar (a value or a key) holds at
 * most {@value #MAX_SCALAR_CHARS} characters. The line limit is what bounds parsing time: SnakeYAML's
 * reader (under Jackson) keeps the characters it looks ahead over in a window that it copies whole
 * on every refill of 1,024 characters, and while it scans one token (a scalar, a comment) it does
 * not move past them, so a run of n characters costs about n²/2,048 copies: 24 to 39 s to refuse
 * one 8 MiB scalar (which SnakeYAML scans up to its 3 Mi code-point document limit). The scanner
 * moves past every line break, even inside a multi-line scalar, so with lines of at most
 * {@value #MAX_LINE_CHARS} characters its window never holds more than a line and a file costs
 * time linear in its size. Jackson's {@code StreamReadConstraints} cannot help: they
 * apply to a scalar only after SnakeYAML has scanned it.
 */
public final class YamlReader {

    /** The most bytes an input file may hold (1 MiB; scenario and suite files hold a few kilobytes). */
    public static final int MAX_FILE_BYTES = 1 << 20;
    /** The most characters a line may hold. */
    public static final int MAX_LINE_CHARS = 1 << 16;
    /** The most characters a scalar (a value or a key) may hold. */
    public static final int MAX_SCALAR_CHARS = 10_000;

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private YamlReader() {
    }

    /** Reads {@code file}; errors name it as {@code file.toString()}. */
    public static YamlNode read(Path file) {
        String source = file.toString();
        return parse(text(file, source), source);
    }

    /**
     * The UTF-8 text of {@code file}, read up to one byte past the limit. Regular files, pipes and
     * devices are read alike (so {@code <(command)} works); a directory is refused.
     */
    private static String text(Path file, String source) {
        if (Files.isDirectory(file)) {
            throw new InputError(source, 0, "", "is a directory, not a file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new InputError(source, 0, "", "no such file");
        } catch (AccessDeniedException e) {
            throw new InputError(source, 0, "", "cannot be read: permission denied");
        } catch (FileSystemException e) {
            throw new InputError(source, 0, "", "cannot be read: " + e.getReason());
        } catch (IOException e) {
            throw new InputError(source, 0, "", "cannot be read: " + e.getMessage());
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw new InputError(source, 0, "", "holds more than " + MAX_FILE_BYTES
                    + " bytes (1 MiB), the most an input file may hold");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputError(source, 0, "", "is not UTF-8 text");
        }
    }

    /** Refuses the first line longer than {@link #MAX_LINE_CHARS}, before the parser sees it. */
    private static void checkLines(String text, String source) {
        int line = 1;
        int start = 0;
        while (start <= text.length()) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            if (end - start > MAX_LINE_CHARS) {
                throw new InputError(source, line, "", "has a line of " + (end - start)
                        + " characters; a line may hold at most " + MAX_LINE_CHARS);
            }
            boolean crLf = end + 1 < text.length() && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n';
            start = end + (crLf ? 2 : 1);
            line++;
        }
    }

    /** Parses {@code text}, naming it {@code source} in errors. */
    public static YamlNode parse(String text, String source) {
        checkLines(text, source);
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
        String text = parser.getText();
        if (text.length() > MAX_SCALAR_CHARS) {
            throw location.error("is a value of " + text.length() + " characters; a value may hold at most "
                    + MAX_SCALAR_CHARS);
        }
        return new YamlNode.Scalar(location, text, false);
    }

    private static YamlNode mapping(YAMLParser parser, YamlNode.Location location) throws IOException {
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            if (key.length() > MAX_SCALAR_CHARS) {
                throw new InputError(location.source(), line(parser), location.path(), "has a key of " + key.length()
                        + " characters; a key may hold at most " + MAX_SCALAR_CHARS);
            }
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
