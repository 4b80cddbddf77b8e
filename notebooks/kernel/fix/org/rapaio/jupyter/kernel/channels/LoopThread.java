package org.rapaio.jupyter.kernel.channels;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The polling thread of a kernel channel, replacing the class of the same name in
 * io.github.padreati:rapaio-jupyter-kernel 3.0.1 (same constructor and methods; it is put ahead of
 * the kernel's jar on the class path by {@code notebooks/setup}).
 *
 * <p>It fixes two start-up races that left over a third of kernel starts unable to answer
 * ("Kernel didn't respond") on a loaded two-core machine:
 * <ul>
 *   <li>the original sets its {@code running} flag only after {@code Thread.start()} returns, so a
 *       thread scheduled at once sees it false and ends silently: the shell channel is then never
 *       polled. Here the flag is set before the thread starts;</li>
 *   <li>the shell channel is polled before the kernel has installed its message handlers, and a
 *       request already queued by Jupyter then throws a NullPointerException outside the channel's
 *       own error handling, which ended the thread. Here an exception escaping one poll is logged
 *       and that message dropped; the thread polls on, and Jupyter repeats its
 *       {@code kernel_info_request} every second until it is answered.</li>
 * </ul>
 */
public final class LoopThread extends Thread {

    private static final Logger LOGGER = Logger.getLogger(LoopThread.class.getSimpleName());

    private volatile boolean running;
    private final long sleep;
    private final Runnable loopBody;

    /**
     * @param name the thread's name
     * @param sleep milliseconds to wait between two polls
     * @param loopBody one poll of the channel
     */
    public LoopThread(String name, long sleep, Runnable loopBody) {
        super(name);
        this.sleep = sleep;
        this.loopBody = loopBody;
    }

    @Override
    public void run() {
        while (running) {
            try {
                loopBody.run();
            } catch (RuntimeException e) {
                LOGGER.log(Level.SEVERE, getName() + ": a message could not be handled and was dropped", e);
            }
            try {
                Thread.sleep(sleep);
            } catch (InterruptedException e) {
                running = false;
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        super.start();
    }

    /** Ends the loop after the poll in progress. */
    public void shutdown() {
        running = false;
    }
}
