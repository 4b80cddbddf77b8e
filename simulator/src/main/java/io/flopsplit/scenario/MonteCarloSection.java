package io.flopsplit.scenario;

import io.flopsplit.compute.Range;
import io.flopsplit.keys.Keys;
import io.flopsplit.keys.NumberKey;
import io.flopsplit.keys.Section;
import io.flopsplit.keys.WholeKey;
import io.flopsplit.keys.Written;
import io.flopsplit.yaml.Fields;
import java.util.List;

/**
 * The scenario's {@code montecarlo} section: how the comparison runs. {@code flopsplit run}'s
 * {@code --trials}, {@code --seed} and {@code --precision} override it.
 *
 * @param trials trials to run (the most, with a precision target)
 * @param seed master seed of every random stream
 * @param precision stop once every accuracy interval and paired difference is within ±precision (0: never)
 * @param level confidence level of the intervals
 */
public record MonteCarloSection(long trials, long seed, double precision, double level) {

    public static final WholeKey TRIALS = Keys.whole("trials", "Trials to run (the most, with a precision); one trial gives means without intervals", 1000, 1,
            WholeKey.UNBOUNDED);
    public static final WholeKey SEED = Keys.whole("seed", "Master seed of every random stream", 1, 0,
            Long.MAX_VALUE);
    public static final NumberKey PRECISION = Keys.number("precision",
            "Stop once every accuracy interval and paired difference is at most ±precision (0: never)", 0,
            Range.closed(0, 1));
    public static final NumberKey LEVEL = Keys.number("level", "Confidence level of the intervals", 0.95,
            Range.closed(0.5, 0.9999));
    public static final Section SECTION = Section.of("montecarlo", "How the comparison runs",
            List.of(TRIALS, SEED, PRECISION, LEVEL));
    public static final MonteCarloSection DEFAULTS = read(Fields.empty());

    public MonteCarloSection {
        TRIALS.check(trials);
        SEED.check(seed);
        PRECISION.check(precision);
        LEVEL.check(level);
    }

    static MonteCarloSection read(Fields fields) {
        MonteCarloSection section = new MonteCarloSection(TRIALS.read(fields), SEED.read(fields),
                PRECISION.read(fields), LEVEL.read(fields));
        fields.finish();
        return section;
    }

    /** The same settings with the trials, seed and precision a run actually used (its options override the file's). */
    public MonteCarloSection withRun(long runTrials, long runSeed, double runPrecision) {
        return new MonteCarloSection(runTrials, runSeed, runPrecision, level);
    }

    Written write() {
        return new Written().put(TRIALS, trials).put(SEED, seed).put(PRECISION, precision).put(LEVEL, level);
    }
}
