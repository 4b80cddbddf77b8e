package io.flopsplit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the report in a real browser, headless Chromium (Debian package {@code chromium}; CI
 * installs it), screenshots it and reads back its DOM. Without Chromium the tests are skipped, with
 * the reason on stderr and in the test report.
 */
class HtmlReportBrowserTest {

    private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome");
    private static final int WIDTH = 1200;
    private static final int HEIGHT = 1800;
    private static Path browser;

    @BeforeAll
    static void findBrowser() {
        Optional<Path> found = BROWSERS.stream().flatMap(name -> onPath(name).stream()).findFirst();
        if (found.isEmpty()) {
            String reason = "Chromium not installed (looked for " + BROWSERS + " on PATH): the report's browser test"
                    + " is skipped; install it with: apt-get install -y --no-install-recommends chromium";
            System.err.println("SKIPPED: " + reason);
            Assumptions.abort(reason);
        }
        browser = found.get();
    }

    @Test
    void theReportRendersAsAPageWithItsFigures(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("report.html");
        ReportSamples.report().write(page);
        Path shot = dir.resolve("screenshot.png");
        run(dir, "--screenshot=" + shot, "--window-size=" + WIDTH + "," + HEIGHT, page.toUri().toString());
        BufferedImage image = ImageIO.read(shot.toFile());
        assertEquals(WIDTH, image.getWidth());
        assertEquals(HEIGHT, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        int background = image.getRGB(WIDTH - 1, HEIGHT - 1);
        long inked = 0;
        long plotted = 0;
        for (int y = 0; y < HEIGHT; y += 2) {
            for (int x = 0; x < WIDTH; x += 2) {
                int rgb = image.getRGB(x, y);
                colours.add(rgb);
                inked += rgb != background ? 1 : 0;
                plotted += isFirstSeriesBlue(rgb) ? 1 : 0;
            }
        }
        assertTrue(colours.size() > 50, "the screenshot looks blank: " + colours.size() + " colours");
        assertTrue(inked > WIDTH * HEIGHT / 4 / 20, "less than 5% of the screenshot is drawn: " + inked);
        assertTrue(plotted > 20, "no pixel of the figures' first series colour: the plots were not drawn");
    }

    @Test
    void theBrowsersDomHoldsTheTableAndTheFiguresSvg(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("report.html");
        ReportSamples.report().write(page);
        String dom = run(dir, "--dump-dom", page.toUri().toString());
        assertEquals(2, count(dom, "<svg"), "two inline SVG figures");
        assertTrue(count(dom, "<text") >= 6, "the figures' titles, legends and captions are text");
        assertTrue(dom.contains("Accuracy against FLOPs per query") && dom.contains("best-of-k-oracle"));
        assertTrue(dom.contains("<td>oracle</td>"), "the results table");
        assertEquals(0, count(dom, "<script"), "no script ran or was injected");
    }

    /** Near Okabe–Ito blue (0, 114, 178), the colour of every figure's first series. */
    private static boolean isFirstSeriesBlue(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return r < 40 && Math.abs(g - 114) < 30 && Math.abs(b - 178) < 30;
    }

    private static String run(Path dir, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + Files.createTempDirectory(dir, "profile")));
        command.addAll(List.of(arguments));
        Path out = dir.resolve("browser.out");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(dir.resolve("browser.err").toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 120 s: " + command);
        }
        assertEquals(0, process.exitValue(), "Chromium failed: " + Files.readString(dir.resolve("browser.err")));
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static Optional<Path> onPath(String name) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(directory, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
