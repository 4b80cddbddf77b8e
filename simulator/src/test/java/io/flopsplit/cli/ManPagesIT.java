package io.flopsplit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The manual pages in {@code docs/man} are those the build writes into {@code target/man} from the
 * command definitions (picocli's man page generator, then Asciidoctor; see the module's pom), one
 * per command. An integration test: it runs after {@code pre-integration-test}, which writes them.
 */
class ManPagesIT {

    private static final Path BUILT = Path.of("target/man");
    private static final Path SHIPPED = Path.of("../docs/man");
    private static final String REGENERATE = "; rewrite them with: mvn -B verify -DskipTests -DskipITs"
            + " && rm -f docs/man/*.1 && cp simulator/target/man/*.1 docs/man/";

    private static List<String> pages(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".1")).sorted().toList();
        }
    }

    @Test
    void everyCommandHasAPage() throws IOException {
        CommandLine flopsplit = new CommandLine(new FlopsplitCommand());
        List<String> built = pages(BUILT);
        assertTrue(built.contains("flopsplit.1"), "no page for flopsplit in " + built);
        for (String command : flopsplit.getSubcommands().keySet()) {
            assertTrue(built.contains("flopsplit-" + command + ".1"), "no page for flopsplit " + command + " in " + built);
        }
    }

    @Test
    void theShippedPagesAreThoseTheBuildWrites() throws IOException {
        List<String> built = pages(BUILT);
        assertEquals(built, pages(SHIPPED), "docs/man does not hold one page per command" + REGENERATE);
        for (String page : built) {
            assertEquals(Files.readString(BUILT.resolve(page)), Files.readString(SHIPPED.resolve(page)),
                    "docs/man/" + page + " is stale" + REGENERATE);
        }
    }
}
