package io.flopsplit.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ctrl-C during a run: a shutdown hook asks the run to stop (within a second), then waits
 * (up to a minute) until the results of the trials completed have been printed and written, so that
 * an interrupted run ends cleanly and leaves no half-written file.
 */
final class Interruption {

    private static final long GRACE_SECONDS = 60;

    private final AtomicBoolean requested = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    private Interruption() {
        hook = new Thread(() -> {
            requested.set(true);
            try {
                finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "flopsplit-interrupt");
    }

    /** Installs the hook for the duration of a run. */
    static Interruption install() {
        Interruption interruption = new Interruption();
        Runtime.getRuntime().addShutdownHook(interruption.hook);
        return interruption;
    }

    /** Whether Ctrl-C asked the run to stop. */
    boolean requested() {
        return requested.get();
    }

    /** The run has printed and written what it had; the hook may let the JVM exit. */
    void done() {
        finished.countDown();
        if (!requested.get()) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is already exiting; the hook has been released above.
            }
        }
    }
}
