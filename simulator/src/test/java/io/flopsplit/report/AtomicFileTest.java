package io.flopsplit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
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

    @Test
    void aNewFileGetsTheDefaultPermissionsLikeAnyOtherFile(@TempDir Path directory) throws Exception {
        assumeTrue(Files.getFileAttributeView(directory, PosixFileAttributeView.class) != null, "no POSIX permissions");
        Path reference = Files.writeString(directory.resolve("reference.txt"), "x");
        Path target = directory.resolve("results.csv");
        AtomicFile.write(target, "a\n");
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(target));
    }

    @Test
    void aProbeLeavesNothingBehindAndFailsWhereNoFileCanBeCreated(@TempDir Path directory) throws Exception {
        AtomicFile.probe(directory.resolve("new/dir"));
        try (Stream<Path> files = Files.list(directory.resolve("new/dir"))) {
            assertEquals(0, files.count());
        }
        Path file = Files.writeString(directory.resolve("file"), "x");
        UncheckedIOException failure = assertThrows(UncheckedIOException.class, () -> AtomicFile.probe(file.resolve("sub")));
        assertTrue(failure.getMessage().startsWith("cannot create files in " + file.resolve("sub") + ": "),
                failure.getMessage());
    }
}
