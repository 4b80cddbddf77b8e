package io.flopsplit.trial;

import io.flopsplit.compute.NumberText;
import io.flopsplit.engine.deployment.Demand;
import io.flopsplit.engine.deployment.Outcomes;

/**
 * About how much work one trial of one policy takes, known before it is played, so that a trial
 * too large to run in reasonable time is refused up front instead of running for hours. Work is
 * counted in uniform random draws with their arithmetic (about 10 to 20 ns each on one core): one
 * per kernel event (selection batches, training chunks, simulated queries), the serving strategy's
 * draws per query ({@link io.flopsplit.inference.Strategy#drawsPerQuery}, at the largest budget k
 * the trial may serve with), and, for a policy whose training hook decides after every chunk,
 * {@value #HOOK_DRAWS_PER_CHUNK} per chunk: the early-stop policy's decision (two expected
 * accuracies of its strategy at the largest affordable k, on the planning grid) took 0.2 to 0.6 ms
 * a chunk with the verifier, majority vote and beam search, the time of about that many draws.
 *
 * <p>The scenario keys bound each count on its own — at most 10^7 simulated queries, 10^5 training
 * chunks and selection batches, 100 beam-search steps, k up to 10^5 — but not their product, which
 * is what this bounds: {@value #MAX_WORK} draws, a minute or two of one core (a trial of 10^4 beam
 * searches of 100 steps at k = 256, about 2.3e9 draws, took 35 s on a loaded two-core machine).
 *
 * @param events kernel events
 * @param queryDraws the draws of every simulated query
 * @param hookDraws the draws of the training hook's decisions
 * @param queries the simulated queries
 * @param chunks the training chunks
 */
public record TrialWork(double events, double queryDraws, double hookDraws, double queries, double chunks) {

    /** The most work a trial may take, in draws. */
    public static final double MAX_WORK = 1e10;

    /** The work of a training hook's decision after one chunk, in draws (measured, see above). */
    public static final double HOOK_DRAWS_PER_CHUNK = 5e4;

    /** The work of a trial in {@code world} serving at {@code drawsPerQuery}. */
    static TrialWork of(World world, boolean selects, boolean reactsToChunks, double drawsPerQuery) {
        double queries = sampledQueries(world.demand());
        double chunks = world.trainingChunks();
        double events = (selects ? world.selectionBatches() : 0) + chunks + queries;
        double hook = reactsToChunks ? chunks * HOOK_DRAWS_PER_CHUNK : 0;
        return new TrialWork(events, queries * drawsPerQuery, hook, queries, chunks);
    }

    /**
     * The queries whose outcomes a trial samples one by one: the simulated sample when outcomes are
     * sampled, or every real query when there are no more of them than simulated ones; none when
     * expected outcomes are counted per batch.
     */
    private static double sampledQueries(Demand demand) {
        boolean samples = demand.outcomes() == Outcomes.SAMPLED || demand.realQueries() <= demand.simulatedQueries();
        return samples ? Math.min(demand.realQueries(), demand.simulatedQueries()) : 0;
    }

    /** The whole work, in draws. */
    public double total() {
        return events + queryDraws + hookDraws;
    }

    /** Whether the training hook's decisions, not the queries, make most of the work. */
    public boolean hookDominates() {
        return hookDraws > queryDraws;
    }

    /** Why the trial is refused, naming what makes its work. */
    String problem(String strategy, int k) {
        String parts = hookDominates()
                ? show(chunks) + " training chunks, each decided by the policy's hook at about "
                        + show(hookDraws / chunks) + " draws"
                : show(queries) + " simulated queries served by " + strategy + " at k up to " + k + ", about "
                        + show(queryDraws / Math.max(1, queries)) + " draws each";
        return "a trial would take about " + show(total()) + " random draws (" + parts + "), more than the "
                + show(MAX_WORK) + " a trial may take; lower " + (hookDominates() ? "simulation.trainingChunks"
                : "deployment.simulatedQueries or the strategy's budget");
    }

    private static String show(double value) {
        return NumberText.significant(value, 2);
    }
}
