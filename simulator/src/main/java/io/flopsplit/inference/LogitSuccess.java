package io.flopsplit.inference;

/**
 * An opt-in capability of a {@link Strategy} whose success can be tabulated once and reused for
 * every model, loss and deployment (see {@code io.flopsplit.tabulation}). A strategy offers it by
 * promising three things about its plans:
 * <ol>
 *   <li>{@code plan(setting, k).successProbability(problem)} depends on the problem only through the
 *       logit a·(θ − b) of one attempt, and on the setting only through its task suite (its
 *       discrimination and distractors): not on the loss, the model's size or the query tokens;</li>
 *   <li>it depends on the strategy only through {@link #successKey()} (and k): two strategies of the
 *       same class with equal keys succeed alike, so the key leaves out what changes only FLOPs
 *       (a verifier's size, for instance);</li>
 *   <li>{@code plan(setting, k).flopsPerQuery()} is {@code flopsPerQuery(setting.deployment(), k)}.</li>
 * </ol>
 * The tabulation layer checks the table it builds against the plan at every interval's midpoint,
 * and the tests check the promises for every strategy that makes them; a strategy that cannot
 * keep them (adaptive, whose plan bins the setting's problems) simply does not implement this,
 * and is evaluated directly.
 */
public interface LogitSuccess {

    /** What the strategy's success depends on besides (suite, k, logit); a value with equality. */
    Object successKey();
}
