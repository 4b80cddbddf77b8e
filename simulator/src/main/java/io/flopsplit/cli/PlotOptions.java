package io.flopsplit.cli;

import io.flopsplit.plot.Figure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --plot DIR} option of the commands that have something to draw: their figures, as PNG
 * and SVG, written atomically into DIR (created if missing). The directory is checked when the
 * option is read, before any work, so a bad path costs nothing; figures are drawn only when asked.
 */
final class PlotOptions {

    static final String HELP = "Also draw the figures into DIR (created if missing), each as NAME.png and NAME.svg.";

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--plot", paramLabel = "DIR", converter = Directory.class, description = HELP)
    Path directory;

    /** Draws the figures, by file name, into {@code --plot DIR}; does nothing without the option. */
    void draw(Supplier<Map<String, Figure>> figures) {
        draw(null, figures);
    }

    /**
     * Draws the figures into {@code --plot DIR}, or without the option into {@code otherwise} (as
     * {@code --out DIR} does); does nothing when both are missing.
     */
    void draw(Path otherwise, Supplier<Map<String, Figure>> figures) {
        Path target = directory != null ? directory : otherwise;
        if (target == null) {
            return;
        }
        try {
            Files.createDirectories(target);
            for (Map.Entry<String, Figure> figure : figures.get().entrySet()) {
                List<Path> files = figure.getValue().write(target, figure.getKey());
                spec.commandLine().getErr().println(spec.qualifiedName() + ": wrote " + files.get(0) + " and "
                        + files.get(1).getFileName());
            }
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
            throw new ParameterException(spec.commandLine(), (directory != null ? "--plot" : "--out")
                    + ": cannot write into " + target + " ("
                    + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")");
        }
    }

    /**
     * Reads {@code --plot}: a directory that exists and is writable, or a path that can be created
     * (its nearest existing ancestor is a writable directory).
     */
    static final class Directory implements ITypeConverter<Path> {
        @Override
        public Path convert(String text) {
            Path path;
            try {
                path = Path.of(text);
            } catch (InvalidPathException e) {
                throw new TypeConversionException("not a path: '" + text + "' (" + e.getReason() + ")");
            }
            if (Files.exists(path)) {
                if (!Files.isDirectory(path)) {
                    throw new TypeConversionException(text + " is a file, not a directory");
                }
                if (!Files.isWritable(path)) {
                    throw new TypeConversionException("directory " + text + " is not writable");
                }
                return path;
            }
            Path ancestor = path.toAbsolutePath().getParent();
            while (ancestor != null && !Files.exists(ancestor)) {
                ancestor = ancestor.getParent();
            }
            if (ancestor == null || !Files.isDirectory(ancestor) || !Files.isWritable(ancestor)) {
                throw new TypeConversionException("cannot create directory " + text + " ("
                        + (ancestor == null ? "no existing parent" : ancestor + " is not a writable directory") + ")");
            }
            return path;
        }
    }
}
