package io.flopsplit.policy;

/**
 * A monotonicity a policy type may declare, and {@code flopsplit check} then holds it to: its
 * expected accuracy (the {@link io.flopsplit.allocation.Expectation} of its allocation in the world's
 * truth) never falls when the budget grows, or never rises when the demand grows, everything else
 * equal. Optional: many sound policies have neither (a fixed split, for one, may serve a larger
 * demand with a larger k).
 */
public enum Monotonicity {

    /** More FLOPs never lower its expected accuracy. */
    BUDGET("monotone-budget", "more FLOPs never lower its expected accuracy"),

    /** More queries, on the same budget, never raise its expected accuracy. */
    DEMAND("monotone-demand", "more queries on the same budget never raise its expected accuracy");

    private final String id;
    private final String statement;

    Monotonicity(String id, String statement) {
        this.id = id;
        this.statement = statement;
    }

    /** The name reports give it, e.g. {@code monotone-budget}. */
    public String id() {
        return id;
    }

    /** What it claims, one line. */
    public String statement() {
        return statement;
    }
}
