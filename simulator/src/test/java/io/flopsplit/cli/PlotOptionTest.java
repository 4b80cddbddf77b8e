package io.flopsplit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --plot DIR} on the four commands that draw: the same rows on stdout, the figures in DIR. */
class PlotOptionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "optimal --law chinchilla,epoch --budget 1e24 --format json | isoflop-chinchilla,isoflop-epoch,frontier",
        "optimal --law chinchilla --target-loss 2 --inference-tokens 1e13 --format json | isoflop-chinchilla,frontier",
        "loss --law kaplan --params 7e10 --tokens 1.4e12 --unique-tokens 3e11 --format json | isoflop-kaplan,frontier",
        "test-time --params 8e9 --tokens 15e12 --strategy best-of-k-oracle,majority-vote --k 1,10,100 --format json | test-time-chinchilla",
        "match --params 8e9 --tokens 15e12 --size-ratio 14 --inference-ratio 10 --strategy majority-vote --format json | match-chinchilla",
    })
    void drawsItsFiguresAndPrintsTheSameRows(String args, String names, @TempDir Path dir) throws Exception {
        String[] plain = args.trim().split("\\s+");
        CommandLineRun without = CommandLineRun.of(plain);
        Path plots = dir.resolve("new/plots");
        List<String> withPlot = new ArrayList<>(List.of(plain));
        withPlot.addAll(List.of("--plot", plots.toString()));
        CommandLineRun with = CommandLineRun.of(withPlot.toArray(String[]::new));
        assertEquals(0, with.code(), with.err());
        assertEquals(without.out(), with.out(), "--plot changes nothing on stdout");
        List<String> expected = new ArrayList<>();
        for (String name : names.trim().split(",")) {
            expected.add(name + ".png");
            expected.add(name + ".svg");
        }
        try (Stream<Path> files = Files.list(plots)) {
            assertEquals(expected.stream().sorted().toList(),
                    files.map(file -> file.getFileName().toString()).sorted().toList());
        }
        for (String file : expected) {
            assertTrue(Files.size(plots.resolve(file)) > 1000, file);
            assertTrue(with.err().contains(file.replace(".svg", ".png").replace(".png", "")), with.err());
        }
    }

    @Test
    void aBadPlotDirectoryIsOneClearLineBeforeAnyWork(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        for (String target : List.of(file.toString(), file.resolve("below").toString())) {
            CommandLineRun run = CommandLineRun.of("optimal", "--law", "chinchilla", "--budget", "1e24", "--plot", target);
            assertEquals(2, run.code(), run.err());
            assertEquals("", run.out());
            String err = run.err().strip();
            assertFalse(err.contains("\n"), err);
            assertTrue(err.contains("--plot") && err.contains(target), err);
            assertTrue(err.contains("Invalid value for option '--plot'"), "refused as the option is read: " + err);
        }
        assertEquals("x", Files.readString(file), "nothing overwritten");
    }

    @Test
    void everyDrawingCommandDocumentsPlot() {
        for (String command : List.of("optimal", "loss", "test-time", "match")) {
            CommandLineRun help = CommandLineRun.of(command, "--help");
            assertTrue(help.out().contains("--plot=DIR"), command + " --help lacks --plot");
        }
    }
}
