package io.flopsplit.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * A fixed pool of threads that maps an index range to results kept in index order, so that what
 * the caller folds never depends on how many threads computed it. The fit's starting points and
 * bootstrap resamples run through it.
 */
final class Workers implements AutoCloseable {

    private final int threads;
    private final ExecutorService pool;

    Workers(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: must be >= 1, was " + threads);
        }
        this.threads = threads;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "flopsplit-fit");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** {@code task(0)}, …, {@code task(count − 1)}, in index order. */
    <T> List<T> map(int count, IntFunction<T> task) {
        Object[] results = new Object[count];
        if (pool == null) {
            for (int i = 0; i < count; i++) {
                results[i] = task.apply(i);
            }
            return cast(results);
        }
        List<Callable<Void>> blocks = new ArrayList<>();
        int blockCount = Math.min(count, threads * 8);
        for (int block = 0; block < blockCount; block++) {
            int first = (int) ((long) count * block / blockCount);
            int end = (int) ((long) count * (block + 1) / blockCount);
            blocks.add(() -> {
                for (int i = first; i < end; i++) {
                    results[i] = task.apply(i);
                }
                return null;
            });
        }
        try {
            for (Future<Void> done : pool.invokeAll(blocks)) {
                done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
        return cast(results);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(Object[] results) {
        return (List<T>) Arrays.asList(results);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
