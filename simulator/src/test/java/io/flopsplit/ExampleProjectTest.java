package io.flopsplit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The worked example in examples/my-policy builds against this flopsplit: its pom names the
 * project's own version (CI installs the project, then builds the example against it).
 */
class ExampleProjectTest {

    private static String first(Pattern pattern, Path file) throws Exception {
        Matcher match = pattern.matcher(Files.readString(file));
        if (!match.find()) {
            throw new AssertionError(pattern + " not found in " + file);
        }
        return match.group(1);
    }

    @Test
    void theExampleUsesTheProjectsVersion() throws Exception {
        String project = first(Pattern.compile("<artifactId>flopsplit-parent</artifactId>\\s*<version>([^<]+)</version>"),
                Path.of("../pom.xml"));
        String example = first(Pattern.compile("<flopsplit.version>([^<]+)</flopsplit.version>"),
                Path.of("../examples/my-policy/pom.xml"));
        assertEquals(project, example, "examples/my-policy/pom.xml: flopsplit.version");
    }
}
