package io.flopsplit.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Reads back what a figure wrote: the PNG's pixels and the SVG's text, as a browser would get them. */
public final class FigureFiles {

    private FigureFiles() {
    }

    /** The PNG, decoded; fails unless the file is a non-empty PNG of the figure's size. */
    public static BufferedImage png(Path file, Figure figure) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(bytes.length > 0, file + " is empty");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertTrue(image != null, file + " is not an image ImageIO can read");
        assertEquals(figure.width(), image.getWidth(), file + ": width");
        assertEquals(figure.height(), image.getHeight(), file + ": height");
        return image;
    }

    /** The SVG parsed as XML, without fetching anything. */
    public static Document svg(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(!text.isEmpty(), file + " is empty");
        return parse(text);
    }

    public static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    /** The text of every {@code <text>} element, in document order. */
    public static List<String> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagNameNS("*", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    /** How many distinct colours the image holds: a blank image has one. */
    public static int colours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
