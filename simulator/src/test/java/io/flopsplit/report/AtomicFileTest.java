package io.flopsplit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @Test
    void replacesTheFileAndLeavesNoTemporary(@TempDir Path directory) throws Exception {
        Path target = directory.resolve("out/results.csv");
        AtomicFile.write(target, "a,b\n1,2\n");
        AtomicFile.write(target, "a,b\n3,4\n");
        assertEquals("a,b\n3,4\n", Files.readString(target));
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aFailedWriteKeepsTheOldFile(@TempDir Path directory) throws Exception {
        Path target = directory.resolve("results.jsonl");
        AtomicFile.write(target, "{}\n");
        Files.createDirectory(directory.resolve("blocked"));
        Path impossible = directory.resolve("blocked");
        Files.writeString(directory.resolve("blocked/child"), "x");
        assertThrows(UncheckedIOException.class, () -> AtomicFile.write(impossible, "new"));
        assertEquals("{}\n", Files.readString(target));
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(2, files.count());
        }
    }
}
