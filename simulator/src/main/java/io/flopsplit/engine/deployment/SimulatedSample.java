package io.flopsplit.engine.deployment;

import io.flopsplit.inference.Plan;
import io.flopsplit.inference.QueryStreams;
import io.flopsplit.inference.Setting;
import io.flopsplit.tasks.DifficultyDistribution;
import io.flopsplit.tasks.Problem;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Sampled outcomes ({@link Outcomes#SAMPLED}): S simulated queries stand for the R real ones of a
 * trial, simulated query i for the real queries [⌊i·R/S⌋, ⌊(i+1)·R/S⌋) — R/S each, to within one.
 * Each draws its problem's difficulty once (PROBLEMS stream, in order, so every policy of a trial
 * meets the same problems) and one outcome for each batch it falls in (generation from the SAMPLES
 * stream, verifier scores from VERIFIER_SCORES, difficulty estimates from DIFFICULTY_ESTIMATES), which counts
 * for the real queries it shares with that batch. With S = R every real query is its own.
 * Mutable: one per deployment; batches must be asked for in order.
 */
final class SimulatedSample {

    private final long real;
    private final int simulated;
    private final UniformRandomProvider problems;
    private final QueryStreams answers;
    private final DifficultyDistribution difficulty;
    private final double ability;
    private final double discrimination;
    private int drawn = -1;
    private Problem problem;

    SimulatedSample(long real, int simulated, Setting setting, UniformRandomProvider problems,
                    QueryStreams answers) {
        if (simulated < 1 || simulated > real) {
            throw new IllegalArgumentException("simulated: must be in [1, " + real + "], was " + simulated);
        }
        this.real = real;
        this.simulated = simulated;
        this.problems = problems;
        this.answers = answers;
        this.difficulty = setting.suite().difficulty();
        this.ability = setting.suite().ability().ability(setting.loss());
        this.discrimination = setting.suite().discrimination();
    }

    /** Correct answers among real queries [first, first + count) served by {@code plan}. */
    double correct(long first, long count, Plan plan) {
        long end = first + count;
        double correct = 0;
        for (int i = indexOf(first); i < simulated && start(i) < end; i++) {
            long overlap = Math.min(end, start(i + 1)) - Math.max(first, start(i));
            if (overlap > 0 && plan.sample(problem(i), answers).success()) {
                correct += overlap;
            }
        }
        return correct;
    }

    /** The first real query simulated query {@code i} stands for. */
    private long start(int i) {
        return i >= simulated ? real : (long) Math.floor((double) i * real / simulated);
    }

    private int indexOf(long first) {
        int i = (int) Math.min(simulated - 1, Math.floor((double) first * simulated / real));
        while (i > 0 && start(i) > first) {
            i--;
        }
        while (i + 1 < simulated && start(i + 1) <= first) {
            i++;
        }
        return i;
    }

    private Problem problem(int i) {
        if (i < drawn) {
            throw new IllegalStateException("simulated query " + i + " was passed: batches come in order");
        }
        while (drawn < i) {
            drawn++;
            problem = new Problem(difficulty.sample(problems), ability, discrimination);
        }
        return problem;
    }
}
