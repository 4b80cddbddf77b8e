package io.flopsplit.cli;

import java.util.function.LongConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error for runs longer than a couple of seconds, and only on an
 * interactive terminal: nothing at all in pipes, files or CI logs.
 */
final class Progress implements LongConsumer, AutoCloseable {

    private static final long DELAY_NANOS = 2_000_000_000L;

    private final String task;
    private final long total;
    private final boolean interactive;
    private final long started = System.nanoTime();
    private ProgressBar bar;

    Progress(String task, long total) {
        this.task = task;
        this.total = total;
        this.interactive = System.console() != null;
    }

    @Override
    public void accept(long done) {
        if (!interactive) {
            return;
        }
        if (bar == null && System.nanoTime() - started > DELAY_NANOS) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(250).continuousUpdate().build();
        }
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
