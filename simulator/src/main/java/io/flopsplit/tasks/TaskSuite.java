package io.flopsplit.tasks;

import io.flopsplit.compute.Checks;
import io.flopsplit.keys.Keys;
import io.flopsplit.keys.WholeKey;

/**
 * A task suite: a distribution of problem difficulties, the item-response
 * discrimination a, the ability scale θ(L) = (L_ref − L)/s, and how wrong answers spread over
 * distractors. A model with pretraining loss L solves problem i in one attempt with probability
 * p_i = σ(a·(θ(L) − b_i)); accuracy on the suite is the mean over problems.
 *
 * @param id the name of the suite, e.g. {@code math-like}
 * @param difficulty the distribution of b
 * @param discrimination a &gt; 0
 * @param ability the map from loss to θ
 * @param distractors the spread of wrong answers, for majority voting
 * @param gridPoints nodes of the quadrature used for expectations
 * @param source how the suite was calibrated (one line)
 */
public record TaskSuite(String id, DifficultyDistribution difficulty, double discrimination, AbilityScale ability,
        Distractors distractors, int gridPoints, String source) {

    /** Default quadrature size: equal-probability nodes, accurate to ~1e-4 in the coverage tails. */
    public static final int DEFAULT_GRID_POINTS = 1024;
    /**
     * A suite file's {@code gridPoints}: at most 65,536 nodes, 64 times the default, so that no file
     * can ask for arrays that exhaust memory (2e9 nodes did) or expectations that take minutes.
     */
    public static final WholeKey GRID_POINTS = Keys.whole("gridPoints",
            "Nodes of the quadrature used for expectations", DEFAULT_GRID_POINTS, 1, 65_536);

    public TaskSuite {
        Checks.present("id", id);
        Checks.present("difficulty", difficulty);
        Checks.positive("discrimination", discrimination);
        Checks.present("ability", ability);
        Checks.present("distractors", distractors);
        GRID_POINTS.check((long) gridPoints);
        Checks.present("source", source);
    }

    /** The problems as met by a model of pretraining loss {@code loss}. */
    public ProblemSet problemsAt(double loss) {
        return new ProblemSet(GridCache.grid(difficulty, gridPoints), ability.ability(loss), discrimination);
    }

    /** The difficulty quadrature expectations are taken over: {@link #gridPoints} nodes and their weights. */
    public DifficultyGrid grid() {
        return GridCache.grid(difficulty, gridPoints);
    }

    /** Expected pass@1 of a model of pretraining loss {@code loss}. */
    public double passAt1(double loss) {
        return problemsAt(loss).passAt1();
    }

    /** The same suite with expectations taken over {@code points} quadrature nodes (coarser is faster). */
    public TaskSuite withGridPoints(int points) {
        return new TaskSuite(id, difficulty, discrimination, ability, distractors, points, source);
    }

    /** The same suite with another ability scale. */
    public TaskSuite withAbility(AbilityScale scale) {
        return new TaskSuite(id, difficulty, discrimination, scale, distractors, gridPoints, source);
    }
}
