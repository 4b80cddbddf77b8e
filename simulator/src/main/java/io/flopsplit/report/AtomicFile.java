package io.flopsplit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers only ever see the old file or the whole new one: the content goes
 * to a temporary file in the same directory, is flushed to disk, and is renamed over the target in
 * one atomic step. An interrupted run therefore never leaves a half-written result; a failed write
 * removes its temporary file and leaves the target as it was. The temporary file is created with
 * the default permissions, so the result gets the process's umask (as a file written by any other
 * program would), not the owner-only mode of {@code Files.createTempFile}.
 */
public final class AtomicFile {

    private static final int ATTEMPTS = 16;

    private AtomicFile() {
    }

    /**
     * Replaces {@code target} with {@code content} (UTF-8), atomically.
     *
     * @throws UncheckedIOException naming the target and the reason, e.g. {@code cannot write
     *     out/results.csv: permission denied}
     */
    public static void write(Path target, String content) {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces {@code target} with {@code content}, atomically. */
    public static void write(Path target, byte[] content) {
        Path directory = target.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            Files.createDirectories(directory);
            temporary = createTemporary(directory, target.getFileName().toString());
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(content);
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            move(temporary, target);
            temporary = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + reason(e), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /**
     * Checks that {@link #write} can create its temporary file in {@code directory} (the directory
     * exists or can be made, and files can be created in it) by creating one and removing it.
     *
     * @throws UncheckedIOException naming the directory and the reason
     */
    public static void probe(Path directory) {
        Path temporary = null;
        try {
            Files.createDirectories(directory);
            temporary = createTemporary(directory.toAbsolutePath(), "probe");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create files in " + directory + ": " + reason(e), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** What went wrong, in a few words: {@code permission denied}, {@code No space left on device}. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    /** A new, empty, hidden file next to the target, created with the default permissions. */
    private static Path createTemporary(Path directory, String name) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path candidate = directory.resolve("." + name + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".partial");
            try {
                Files.newByteChannel(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return candidate;
            } catch (FileAlreadyExistsException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // The temporary file is hidden and named .partial; nothing else can be done here.
            }
        }
    }
}
