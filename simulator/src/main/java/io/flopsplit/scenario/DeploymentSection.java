package io.flopsplit.scenario;

import io.flopsplit.arrivals.Arrivals;
import io.flopsplit.arrivals.RealArrivals;
import io.flopsplit.compute.Range;
import io.flopsplit.engine.deployment.Demand;
import io.flopsplit.engine.deployment.Exhaustion;
import io.flopsplit.engine.deployment.Outcomes;
import io.flopsplit.keys.ChoiceKey;
import io.flopsplit.keys.Keys;
import io.flopsplit.keys.NodeKey;
import io.flopsplit.keys.NumberKey;
import io.flopsplit.keys.Section;
import io.flopsplit.keys.Written;
import io.flopsplit.uncertainty.Fixed;
import io.flopsplit.uncertainty.Uncertain;
import io.flopsplit.yaml.Fields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The scenario's {@code deployment} section: the lifetime demand (uncertain), how many queries a
 * trial simulates, the window they arrive over and how, what happens when the inference budget runs
 * out, and the tokens of a query. The default answer length, ≈280 tokens, is what Wu et al. 2024's
 * MATH500 FLOPs figures imply (arXiv 2408.00724).
 *
 * @param queries lifetime real queries (uncertain); policies plan for the mean
 * @param simulatedQueries queries simulated per trial when outcomes are sampled; each stands for R/S real ones
 * @param windowDays days over which the queries arrive, from the end of training
 * @param arrivals how they arrive
 * @param exhaustion what a query gets when the inference budget cannot pay for it
 * @param outcomes how correct answers are counted: expected (conditional Monte Carlo) or sampled
 * @param promptTokens τ_in per query
 * @param answerTokens τ_out per answer
 */
public record DeploymentSection(Uncertain queries, double simulatedQueries, double windowDays, Arrivals arrivals,
                                Exhaustion exhaustion, Outcomes outcomes, double promptTokens, double answerTokens) {

    public static final NodeKey<Uncertain> QUERIES = Distributions.key("queries",
            "Lifetime real queries, a number or a distribution averaging at most 1e18 (draws above 1e18 are drawn"
                    + " again); policies plan for the mean", new Fixed(1e9),
            Range.closed(0, RealArrivals.MAX_EXPECTED), Range.NON_NEGATIVE,
            "must not go below 0 queries; truncate it with low: 0");
    public static final NumberKey SIMULATED_QUERIES = Keys.number("simulatedQueries",
            "Queries simulated per trial when outcomes are sampled, each standing for R/simulatedQueries of the"
                    + " trial's R real queries; a trial with R at most this simulates every real query and samples its"
                    + " outcomes", 1e4, Range.closed(1, Demand.MAX_SIMULATED_QUERIES));
    public static final NumberKey WINDOW_DAYS = Keys.number("windowDays",
            "Days over which the queries arrive, from the end of training", 90, Range.openClosed(0, 1e6));
    public static final NodeKey<Arrivals> ARRIVALS = ArrivalsKey.KEY;
    public static final ChoiceKey EXHAUSTION = Keys.choice("exhaustion",
            "When inference FLOPs run out: serve-paid (the largest affordable smaller budget), fallback-greedy, or"
                    + " drop", id(Exhaustion.SERVE_PAID), Arrays.stream(Exhaustion.values())
                    .map(DeploymentSection::id).toList());
    public static final ChoiceKey OUTCOMES = Keys.choice("outcomes",
            "How correct answers are counted: expected (each served query counts its plan's expected success over"
                    + " the suite: no outcome-sampling noise) or sampled (simulated queries draw problems and outcomes)",
            Outcomes.EXPECTED.id(), Arrays.stream(Outcomes.values()).map(Outcomes::id).toList());
    public static final NumberKey PROMPT_TOKENS = Keys.number("promptTokens", "Tokens per prompt", 200,
            Range.closed(0, 1e9));
    public static final NumberKey ANSWER_TOKENS = Keys.number("answerTokens",
            "Tokens per answer; about 280 is what Wu et al. 2024's MATH FLOPs imply", 280, Range.openClosed(0, 1e9));
    public static final Section SECTION = Section.of("deployment", "The deployment: demand, arrivals, query tokens",
            List.of(QUERIES, SIMULATED_QUERIES, WINDOW_DAYS, ARRIVALS, EXHAUSTION, OUTCOMES, PROMPT_TOKENS,
                    ANSWER_TOKENS));
    public static final DeploymentSection DEFAULTS = read(Fields.empty());

    static DeploymentSection read(Fields fields) {
        DeploymentSection section = new DeploymentSection(QUERIES.read(fields), SIMULATED_QUERIES.read(fields),
                WINDOW_DAYS.read(fields), ARRIVALS.read(fields), exhaustion(EXHAUSTION.read(fields)),
                outcomes(OUTCOMES.read(fields)), PROMPT_TOKENS.read(fields), ANSWER_TOKENS.read(fields));
        fields.finish();
        return section;
    }

    /** The demand's id as scenarios write it: {@code serve-paid}. */
    static String id(Exhaustion rule) {
        return rule.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Exhaustion exhaustion(String id) {
        return Arrays.stream(Exhaustion.values()).filter(rule -> id(rule).equals(id)).findFirst().orElseThrow();
    }

    private static Outcomes outcomes(String id) {
        return Arrays.stream(Outcomes.values()).filter(mode -> mode.id().equals(id)).findFirst().orElseThrow();
    }

    /** The same section with outcomes counted another way. */
    public DeploymentSection withOutcomes(Outcomes other) {
        return new DeploymentSection(queries, simulatedQueries, windowDays, arrivals, exhaustion, other, promptTokens,
                answerTokens);
    }

    /** The window in hours. */
    public double windowHours() {
        return windowDays * Scenario.HOURS_PER_DAY;
    }

    Written write() {
        return new Written().put(QUERIES, queries).put(SIMULATED_QUERIES, simulatedQueries).put(WINDOW_DAYS, windowDays)
                .put(ARRIVALS, arrivals).put(EXHAUSTION, id(exhaustion)).put(OUTCOMES, outcomes.id())
                .put(PROMPT_TOKENS, promptTokens)
                .put(ANSWER_TOKENS, answerTokens);
    }
}
