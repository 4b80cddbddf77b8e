package io.flopsplit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.plot.FigureFiles;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code sweep --out DIR}: one file per cell, the combined results, figures, report.html, and {@code --resume}. */
class SweepOutTest {

    private static final List<String> POLICIES = List.of("chinchilla", "inference-aware", "small-plus-search");

    @TempDir
    Path directory;

    private String[] sweep(Path out, String... more) throws Exception {
        String file = Files.writeString(directory.resolve("small.yaml"), SweepCommandTest.SMALL).toString();
        return SweepCommandTest.with(new String[] {"sweep", file, "--vary", "budget.total=1e21..1e23:3:log",
            "--vary", "deployment.queries=1e6,1e9", "--format", "json", "--out", out.toString()}, more);
    }

    @Test
    void outHoldsEveryCellTheCombinedResultsTheFiguresAndTheReport() throws Exception {
        Path out = directory.resolve("out");
        CommandLineRun run = CommandLineRun.of(sweep(out));
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of("cell-0001.jsonl", "cell-0002.jsonl", "cell-0003.jsonl", "cell-0004.jsonl",
                "cell-0005.jsonl", "cell-0006.jsonl"), names(out.resolve("cells")));
        assertEquals(List.of("cells", "effective-scenario.yaml", "report.html", "results.csv", "results.jsonl",
                "sweep-best.png", "sweep-best.svg", "sweep-contrast.png", "sweep-contrast.svg"), names(out));
        String combined = Files.readString(out.resolve("results.jsonl"));
        assertEquals(run.out(), combined, "results.jsonl holds what --format json prints");
        StringBuilder cells = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            cells.append(Files.readString(out.resolve("cells/cell-000" + i + ".jsonl")));
        }
        assertEquals(combined, cells.toString(), "the combined file is the cells' files in order");
        assertEquals("scenario,budget.total,deployment.queries,policy,metric,statistic,value",
                Files.readAllLines(out.resolve("results.csv")).get(0));
        figure(out, "sweep-best", List.of("inference-aware", "small-plus-search"));
        figure(out, "sweep-contrast", List.of("zero difference (marching squares)"));
        String report = Files.readString(out.resolve("report.html"));
        assertEquals(2, count(report, "<svg"), "both figures inline");
        assertTrue(report.contains("Where does the small model stop paying? Swept over budget.total = 1e21..1e23:3:log"
                + " (3 values) × deployment.queries = 1e6,1e9 (2 values); 6 of 6 cells completed."), report);
        assertTrue(report.contains("<td>small-plus-search</td>") && report.contains("<th>budget.total</th>"));
        assertTrue(report.contains("java -jar simulator/target/flopsplit.jar sweep " + directory.resolve("small.yaml")
                + " --vary budget.total=1e21..1e23:3:log"), "the command that reproduces it");
        assertTrue(report.contains("inference-aware − chinchilla"), "the contrast defaults to the first policy other"
                + " than the baseline, against it");
    }

    @Test
    void resumeRunsOnlyTheMissingCellsAndGivesTheUninterruptedResults() throws Exception {
        Path whole = directory.resolve("whole");
        CommandLineRun reference = CommandLineRun.of(sweep(whole));
        Path partial = directory.resolve("partial");
        assertEquals(0, CommandLineRun.of(sweep(partial)).code());
        for (String lost : List.of("cells/cell-0002.jsonl", "cells/cell-0005.jsonl", "results.jsonl", "results.csv",
                "report.html")) {
            Files.delete(partial.resolve(lost));
        }
        Path kept = partial.resolve("cells/cell-0001.jsonl");
        String chinchilla = "\"policy\":\"chinchilla\",\"probabilityBest\":";
        String original = Files.readString(kept);
        String value = original.substring(original.indexOf(chinchilla) + chinchilla.length(),
                original.indexOf('}', original.indexOf(chinchilla)));
        Files.writeString(kept, original.replace(chinchilla + value + "}", chinchilla + "0.125}"));
        CommandLineRun resumed = CommandLineRun.of(sweep(partial, "--resume"));
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.out().contains(chinchilla + "0.125}"), "cell 1 was taken from its file, not run again");
        assertEquals(reference.out(), resumed.out().replace(chinchilla + "0.125}", chinchilla + value + "}"));
        assertEquals(Files.readString(whole.resolve("cells/cell-0005.jsonl")),
                Files.readString(partial.resolve("cells/cell-0005.jsonl")));
        assertTrue(Files.exists(partial.resolve("report.html")));
        String html = Files.readString(partial.resolve("report.html"));
        assertFalse(html.contains("--resume"), "the report's command runs the sweep whole");
    }

    @Test
    void resumeRefusesCellsOfOtherSettingsAndNothingIsRewritten() throws Exception {
        Path out = directory.resolve("out");
        assertEquals(0, CommandLineRun.of(sweep(out)).code());
        String before = Files.readString(out.resolve("results.jsonl"));
        CommandLineRun reseeded = CommandLineRun.of(sweep(out, "--resume", "--seed", "4"));
        assertEquals(2, reseeded.code());
        assertTrue(reseeded.err().strip().startsWith("flopsplit sweep: --resume: " + out.resolve("cells/cell-0001.jsonl")
                + " is not a result of this sweep's cell 1 (it was written for another scenario or other settings"),
                reseeded.err());
        assertEquals(before, Files.readString(out.resolve("results.jsonl")));
        try (Stream<Path> files = Files.walk(out)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".partial")), "no temporary file left");
        }
    }

    @Test
    void plotDrawsOneKeyFiguresElsewhereAndWordsAreNotDrawn() throws Exception {
        String file = Files.writeString(directory.resolve("small.yaml"), SweepCommandTest.SMALL).toString();
        Path plots = directory.resolve("plots");
        CommandLineRun run = CommandLineRun.of("sweep", file, "--vary", "deployment.queries=1e6,1e8,1e10",
                "--vary", "budget.total=1e22", "--plot", plots.toString(), "--format", "csv");
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of("sweep-accuracy.png", "sweep-accuracy.svg", "sweep-difference.png", "sweep-difference.svg"),
                names(plots));
        Document accuracy = figure(plots, "sweep-accuracy", POLICIES);
        assertTrue(String.join(" ", FigureFiles.texts(accuracy)).contains("budget.total = 1e22"),
                "the key held fixed is in the caption: " + FigureFiles.texts(accuracy));
        figure(plots, "sweep-difference", POLICIES);
        CommandLineRun words = CommandLineRun.of("sweep", file, "--vary", "law.profile=chinchilla,epoch", "--plot",
                directory.resolve("words").toString(), "--format", "csv");
        assertEquals(0, words.code(), words.err());
        assertTrue(words.err().contains("no figures: law.profile takes words, not numbers, so it has no axis"),
                words.err());
    }

    /** A figure's PNG decodes and is drawn on; its SVG parses and names {@code series}. */
    static Document figure(Path directory, String name, List<String> series) throws Exception {
        BufferedImage image = ImageIO.read(directory.resolve(name + ".png").toFile());
        assertTrue(image != null && image.getWidth() >= 960 && image.getHeight() >= 200, name + ".png");
        assertTrue(FigureFiles.colours(image) > 5, name + ".png looks blank");
        Document svg = FigureFiles.svg(directory.resolve(name + ".svg"));
        assertEquals(Integer.toString(image.getWidth()), svg.getDocumentElement().getAttribute("width")
                .replaceAll("[^0-9.]", "").replaceAll("\\.0*$", ""), name + ": SVG and PNG widths");
        String words = String.join(" ", FigureFiles.texts(svg));
        for (String expected : series) {
            assertTrue(words.contains(expected), name + ".svg lacks '" + expected + "': " + words);
        }
        return svg;
    }

    static List<String> names(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
