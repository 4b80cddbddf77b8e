package io.flopsplit.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/** Every plot type, rendered headless to PNG and SVG, read back and checked. */
class PlotFilesTest {

    static Stream<Arguments> figures() {
        Map<String, List<String>> names = PlotSamples.expectedNames();
        return PlotSamples.all().entrySet().stream()
                .map(entry -> Arguments.of(entry.getKey(), entry.getValue(), names.get(entry.getKey())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void writesAPngAndAnSvgHoldingItsSeries(String name, Figure figure, List<String> expected, @TempDir Path dir)
            throws Exception {
        List<Path> files = figure.write(dir, name);
        assertEquals(List.of(dir.resolve(name + ".png"), dir.resolve(name + ".svg")), files);
        BufferedImage image = FigureFiles.png(files.get(0), figure);
        assertTrue(FigureFiles.colours(image) > 5, name + ".png looks blank");
        Document svg = FigureFiles.svg(files.get(1));
        assertEquals("svg", svg.getDocumentElement().getLocalName());
        List<String> texts = FigureFiles.texts(svg);
        String words = String.join(" ", texts);
        assertTrue(texts.contains(figure.title()), name + ".svg lacks its title: " + texts);
        for (String series : expected) {
            assertTrue(words.contains(series), name + ".svg lacks series '" + series + "': " + texts);
            assertTrue(figure.legendNames().contains(series), name + " legend lacks '" + series + "'");
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(2, left.count(), "temporary files left behind");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void logAxesAreLabelledAtDecades(String name, Figure figure, List<String> expected) {
        figure.png();
        boolean hasLogAxis = !name.equals("match") && !name.equals("phase-split") && !name.equals("forest");
        List<String> labels = figure.panels().stream().flatMap(panel -> panel.logTickLabels().stream()).toList();
        assertEquals(hasLogAxis, !labels.isEmpty(), name + ": log tick labels " + labels);
        for (String label : labels) {
            assertTrue(DecadeTicks.isDecadeLabel(label), name + ": tick label '" + label + "' is not a decade");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void theImageIsThePngsPicture(String name, Figure figure, List<String> expected) throws Exception {
        BufferedImage image = figure.image();
        assertEquals(figure.width(), image.getWidth(), name + ": width");
        assertEquals(figure.height(), image.getHeight(), name + ": height");
        assertTrue(FigureFiles.colours(image) > 5, name + ": the image looks blank");
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(figure.png()));
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) != png.getRGB(x, y)) {
                    fail(name + ": the image and the PNG differ at pixel (" + x + ", " + y + ")");
                }
            }
        }
    }

    @Test
    void extremeBudgetsFrom1e15To1e30Render(@TempDir Path dir) throws Exception {
        Figure frontier = PlotSamples.frontier(1e15, 1e30);
        Figure isoFlop = PlotSamples.isoFlop(1e15, 1e29);
        for (Figure figure : List.of(frontier, isoFlop)) {
            List<Path> files = figure.write(dir, figure == frontier ? "frontier" : "isoflop");
            assertTrue(FigureFiles.colours(FigureFiles.png(files.get(0), figure)) > 5);
            FigureFiles.svg(files.get(1));
            List<String> labels = figure.panels().get(0).logTickLabels();
            assertTrue(labels.contains("10¹⁵") && labels.contains("10³⁰") || figure == isoFlop,
                    "frontier axis should run from 10¹⁵ to 10³⁰: " + labels);
            assertFalse(labels.isEmpty());
            labels.forEach(label -> assertTrue(DecadeTicks.isDecadeLabel(label), label));
        }
    }

    @Test
    void forestRowsAreLabelledByPolicy() {
        Figure forest = PlotSamples.forest();
        forest.png();
        for (Panel panel : forest.panels()) {
            List<String> labels = panel.categoryLabels().stream().filter(label -> !label.isBlank()).distinct()
                    .sorted().toList();
            assertEquals(List.of("chinchilla", "inference-aware", "oracle", "small-plus-search"), labels);
        }
    }

    @Test
    void renderingNeedsNoDisplay() {
        assertTrue(java.awt.GraphicsEnvironment.isHeadless(), "tests run with java.awt.headless=true");
    }
}
