package io.flopsplit.cli;

import io.flopsplit.montecarlo.RunOptions;
import io.flopsplit.scenario.MonteCarloSection;
import io.flopsplit.scenario.Scenario;
import picocli.CommandLine.Option;

/**
 * The options of a Monte Carlo comparison ({@code --trials}, {@code --seed}, {@code --threads},
 * {@code --precision}), each overriding the scenario's {@code montecarlo} section, and the run
 * options they make for a scenario.
 */
final class TrialOptions {

    @Option(names = "--trials", paramLabel = "N", converter = NumberConverters.Trials.class,
            description = "Trials (the most, with --precision); 1 gives means without intervals."
                    + " Default: the scenario's montecarlo.trials.")
    Long trials;

    @Option(names = "--seed", paramLabel = "S", converter = NumberConverters.Seed.class, description = "Master seed; default: the scenario's montecarlo.seed.")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", converter = NumberConverters.Threads.class,
            description = "Worker threads (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--precision", paramLabel = "P", converter = NumberConverters.NonNegative.class,
            description = "Stop once every accuracy interval (and paired difference) is at most ±P;"
                    + " default: the scenario's montecarlo.precision (0: run every trial).")
    Double precision;

    /** The worker threads: {@code --threads}, or every core. */
    int threads() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** How {@code scenario}'s comparison runs: its montecarlo section with these options laid over it. */
    RunOptions options(Scenario scenario) {
        MonteCarloSection settings = scenario.montecarlo();
        return new RunOptions(trials != null ? trials : settings.trials(), seed != null ? seed : settings.seed(),
                threads(), precision != null ? precision : settings.precision(), settings.level(),
                scenario.baselineIndex(), RunOptions.DEFAULT_BLOCK_SIZE);
    }
}
