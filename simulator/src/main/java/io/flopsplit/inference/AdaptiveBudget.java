package io.flopsplit.inference;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How {@link Adaptive}'s budget of k samples binds its per-bin choice. {@link #AVERAGE} holds the
 * mean cost per query to the budget, so the planner may move compute from easy bins to hard ones
 * (and skip hopeless ones); {@link #PER_QUERY} holds every query to it, so a bin chooses only which
 * option to spend it on — Snell et al. 2024 (arXiv 2408.03314)'s compute-optimal scaling, which
 * selects hyper-parameters θ "for the problem q with compute budget N" (Eq. 1) and, per difficulty
 * bin, "the best performing strategy within that bin" given that budget (§3.2; §5.3, Fig. 4: "the
 * best performing search strategy, between best-of-N and beam search (M = 4), at each difficulty
 * level").
 */
public enum AdaptiveBudget {

    /** The mean FLOPs per query are at most the budget's: compute may move between bins. */
    AVERAGE("average", "the mean cost per query is at most the budget's, so compute may move between bins", "") {
        @Override
        int[] choose(BinChoice choice, double budget) {
            return choice.choose(budget);
        }
    },
    /** Every query costs at most the budget: each bin only chooses its option (Snell et al.'s Eq. 1). */
    PER_QUERY("per-query", "every query costs at most the budget, each bin choosing only its option (Snell et al."
            + " 2024's compute-optimal scaling, Eq. 1)", ", budget per query") {
        @Override
        int[] choose(BinChoice choice, double budget) {
            return choice.chooseEach(budget);
        }
    };

    private final String id;
    private final String description;
    private final String planNote;

    AdaptiveBudget(String id, String description, String planNote) {
        this.id = id;
        this.description = description;
        this.planNote = planNote;
    }

    /** Each bin's option ({@link BinChoice}) under this rule and {@code budget}. */
    abstract int[] choose(BinChoice choice, double budget);

    /** What a plan's choice adds to say it was made under this rule (nothing for the default). */
    String planNote() {
        return planNote;
    }

    /** The word scenarios and options use. */
    public String id() {
        return id;
    }

    /** What it means, for keys and outputs. */
    public String description() {
        return description;
    }

    /** Every id, in order. */
    static List<String> ids() {
        return Arrays.stream(values()).map(AdaptiveBudget::id).toList();
    }

    /** The budget rule called {@code id} (one of {@link #ids()}, as its key has checked). */
    static AdaptiveBudget of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
