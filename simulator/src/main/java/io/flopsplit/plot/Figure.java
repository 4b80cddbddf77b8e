package io.flopsplit.plot;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import io.flopsplit.report.AtomicFile;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A finished figure: title, panels, legend and caption, ready to be written as PNG (for people and
 * documents) and SVG (for the HTML report, sharp at any size). Rendering needs no display: the
 * figure is painted into an image or a vector recording, never a window.
 */
public final class Figure {

    private static final String NAME_PATTERN = "[a-z0-9][a-z0-9.-]*";

    private final String title;
    private final String caption;
    private final List<Panel> panels;
    private final List<LegendEntry> legend;
    private final Layout layout;

    Figure(String title, String caption, List<Panel> panels, List<LegendEntry> legend, int panelHeight) {
        this.title = title;
        this.caption = caption;
        this.panels = List.copyOf(panels);
        this.legend = List.copyOf(legend);
        boolean headings = panels.stream().anyMatch(panel -> !panel.heading().isEmpty());
        this.layout = new Layout(panels.size(), headings, panelHeight, caption);
    }

    public String title() {
        return title;
    }

    public String caption() {
        return caption;
    }

    /** The names the legend lists, in order. */
    public List<String> legendNames() {
        return legend.stream().map(LegendEntry::name).toList();
    }

    public int width() {
        return layout.width;
    }

    public int height() {
        return layout.height;
    }

    /**
     * The figure painted into a new image of {@link #width()} × {@link #height()} pixels: what the
     * PNG holds, for a caller that shows it rather than writes it (a notebook's {@code display}).
     */
    public BufferedImage image() {
        BufferedImage image = new BufferedImage(layout.width, layout.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            FigureCanvas.paint(g, layout, title, panels, legend);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The figure as a PNG image. */
    public byte[] png() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image(), "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + title + " as PNG: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /**
     * The figure as an SVG document (UTF-8 text), with a {@code <title>} for screen readers and
     * without a DOCTYPE, so that no reader ever fetches a DTD and the markup can be inlined in HTML.
     */
    public String svg() {
        VectorGraphics2D g = new VectorGraphics2D();
        FigureCanvas.paint(g, layout, title, panels, legend);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, layout.width, layout.height))
                    .writeTo(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + title + " as SVG: " + e.getMessage(), e);
        }
        return SvgText.tidy(bytes.toString(StandardCharsets.UTF_8), title);
    }

    /**
     * Writes {@code name.png} and {@code name.svg} into {@code directory}, each atomically (a reader
     * sees the old file or the whole new one), and returns their paths.
     */
    public List<Path> write(Path directory, String name) {
        if (!name.matches(NAME_PATTERN)) {
            throw new IllegalArgumentException("name: must be lower-case letters, digits, '.' and '-', was '"
                    + name + "'");
        }
        Path png = directory.resolve(name + ".png");
        Path svg = directory.resolve(name + ".svg");
        AtomicFile.write(png, png());
        AtomicFile.write(svg, svg());
        return List.of(png, svg);
    }

    List<Panel> panels() {
        return panels;
    }
}
