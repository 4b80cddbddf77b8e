package io.flopsplit.cli;

import io.flopsplit.inference.ShippedTables;
import io.flopsplit.report.AtomicFile;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Maintenance entry point, run by {@code docs/regenerate}: builds every success table the release
 * ships ({@link ShippedTables}) afresh and writes the resource atomically (the old file stays whole
 * until the new one is complete). Usage:
 * {@code java -cp flopsplit.jar io.flopsplit.cli.GenerateTables simulator/src/main/resources/io/flopsplit/inference/success-tables.txt.gz}.
 * Exit code 0 when written, 2 on a bad command line, 1 when the file cannot be written.
 */
public final class GenerateTables {

    private GenerateTables() {
    }

    public static void main(String[] args) {
        if (args.length != 1 || !args[0].endsWith(ShippedTables.RESOURCE)) {
            System.err.println("usage: java -cp flopsplit.jar " + GenerateTables.class.getName() + " PATH/"
                    + ShippedTables.RESOURCE + " (the resource to write; was given " + args.length + " arguments"
                    + (args.length == 1 ? ": " + args[0] : "") + ")");
            System.exit(2);
        }
        Path target = Path.of(args[0]);
        long start = System.nanoTime();
        byte[] content = ShippedTables.generate(family -> System.err.println("building " + family));
        try {
            AtomicFile.write(target, content);
        } catch (UncheckedIOException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
        System.err.printf("wrote %s (%,d bytes) in %.0f s%n", target, content.length, (System.nanoTime() - start) / 1e9);
    }
}
