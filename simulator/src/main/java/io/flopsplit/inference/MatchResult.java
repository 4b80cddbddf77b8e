package io.flopsplit.inference;

/**
 * One line of the FLOPs-matched comparison: on the problems of one difficulty bin ({@code 1} the
 * easiest quintile of the small model's pass@1 … {@code 5} the hardest, or {@code all}), the small
 * model running {@code strategy} at budget k within the matched FLOPs, against the large model
 * answering once.
 *
 * @param strategy the small model's strategy
 * @param difficultyBin {@code 1}..{@code 5} or {@code all}
 * @param k the budget parameter the matched FLOPs buy
 * @param smallFlopsPerQuery what the small model spends per query at k
 * @param matchedFlopsPerQuery the matched budget per query
 * @param largeFlopsPerQuery what the large model spends per query (one answer)
 * @param smallPassAt1 the small model's single-attempt accuracy on the bin
 * @param smallAccuracy the small model's accuracy with the strategy
 * @param largeAccuracy the large model's single-attempt accuracy
 */
public record MatchResult(String strategy, String difficultyBin, int k, double smallFlopsPerQuery,
        double matchedFlopsPerQuery, double largeFlopsPerQuery, double smallPassAt1, double smallAccuracy,
        double largeAccuracy) {
}
