package io.flopsplit.cli;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The wall and CPU time of a command's work, from after start-up (JVM, class loading, reading
 * the scenario) to the end of its runs: what {@code run --timing} prints, for comparing the
 * simulator with other programs doing the same work without their start-up costs. CPU time is the
 * whole process's (every thread's, the JIT and GC included).
 */
record RunTiming(long startNanos, long startCpuNanos) {

    static RunTiming start() {
        return new RunTiming(System.nanoTime(), processCpuNanos());
    }

    /** One line: seconds of wall and CPU since the start, and CPU microseconds per trial. */
    String report(long trials) {
        double wall = (System.nanoTime() - startNanos) / 1e9;
        double cpu = (processCpuNanos() - startCpuNanos) / 1e9;
        return String.format(Locale.ROOT, "computed in %.3f s wall, %.3f s CPU (%.1f µs CPU per trial), after start-up",
                wall, cpu, trials == 0 ? 0 : 1e6 * cpu / trials);
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
