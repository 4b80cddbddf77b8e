package io.flopsplit.inference;

import io.flopsplit.compute.Checks;
import io.flopsplit.keys.ChoiceKey;
import io.flopsplit.keys.Key;
import io.flopsplit.keys.Keys;
import io.flopsplit.keys.WholeKey;
import io.flopsplit.tasks.TaskSuite;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Compute-optimal test-time scaling per difficulty (Snell et al. 2024, arXiv 2408.03314, §3.2 and
 * Eq. 1): each query is put in one of {@code bins} bins of estimated difficulty, and for every bin
 * the planner ({@link AdaptivePlanner}) picks one option — a menu strategy at a budget k' — so as to
 * maximise expected accuracy subject to a cost per query (on average, or for every query: see below)
 * of at most the FLOPs of k samples, 2·N·(τ_in + k·τ_out), the estimate's own FLOPs included.
 *
 * <p>The estimate ({@link DifficultyEstimate}): with {@code probes} (the default) a query first
 * draws m = {@code difficultyProbes} samples that the verifier scores, and its bin is the quantile
 * bin of minus their mean score ({@link ProbeScores}; Snell et al.'s "model-predicted difficulty",
 * which they compute from 2048 samples without counting them) — so the misbinning comes from the
 * probes' statistics, and their 2·N·m·τ_out + 2·N_v·m·(τ_in + τ_out) FLOPs are charged to the
 * query. The probes are not reused as answers: a query whose probes happen to look right lands in
 * an easier bin, so reusing them would make the bin depend on the very samples its answer is chosen
 * from (the per-bin expectation would no longer factor), and beam search and revisions, which the
 * planner picks for the harder bins, cannot use finished samples. Where probing does not pay (a
 * small budget), the planner serves every query with its best single option instead and spends
 * nothing on an estimate. With {@code oracle} the bin is the query's true difficulty, at no cost:
 * an upper bound, not a deployable strategy (Snell et al.'s "oracle difficulty").
 *
 * <p>The budget ({@link AdaptiveBudget}): by default it binds the average cost per query, so the
 * planner may move compute from easy and hopeless bins to those where it buys the most; with
 * {@code per-query} it binds every query, and a bin chooses only which option to spend it on, as
 * Snell et al.'s compute-optimal scaling does (the definition their efficiency figures measure).
 *
 * @param estimate how a query's difficulty is learned
 * @param probes m, the probe samples per query (read with {@link DifficultyEstimate#PROBES})
 * @param bins number of difficulty bins, &gt;= 1 (Snell et al. use 5)
 * @param verifier the scoring model that scores the probes, and its size
 * @param menu the strategies the planner may choose from (not adaptive itself)
 * @param budget whether the budget binds the average query or every query
 */
public record Adaptive(DifficultyEstimate estimate, int probes, int bins, Verifier verifier, List<Strategy> menu,
        AdaptiveBudget budget) implements Strategy {

    public static final String ID = "adaptive";
    /** What the plans of the oracle-difficulty variant are called in outputs: never mistaken for a deployable one. */
    public static final String ORACLE_LABEL = "adaptive-oracle-difficulty";
    public static final ChoiceKey DIFFICULTY_ESTIMATE = Keys.choice("difficultyEstimate",
            "Adaptive: how a query's difficulty bin is found: probes (" + DifficultyEstimate.PROBES.description()
                    + ") or oracle (" + DifficultyEstimate.ORACLE.description() + ")",
            DifficultyEstimate.PROBES.id(), DifficultyEstimate.ids());
    /**
     * {@link #DIFFICULTY_ESTIMATE} as a scenario file sees it (its schema and reference): only the
     * estimates a policy may deploy, since a scenario refuses the oracle's bound.
     */
    public static final ChoiceKey DEPLOYABLE_DIFFICULTY_ESTIMATE = ChoiceKey.of(DIFFICULTY_ESTIMATE.name(),
            DIFFICULTY_ESTIMATE.description(), DIFFICULTY_ESTIMATE.defaultValue(), DifficultyEstimate.deployableIds());
    public static final WholeKey DIFFICULTY_PROBES = Keys.whole("difficultyProbes",
            "Adaptive: samples per query the verifier scores to estimate its difficulty, charged to the query"
                    + " (not fitted: see the README; Snell et al. 2024 estimate from 2048 uncharged samples)",
            16, 1, 256);
    public static final WholeKey BINS = Keys.whole("bins",
            "Adaptive: difficulty bins the planner chooses a strategy for (Snell et al. 2024 use 5)", 5, 1, 64);
    public static final ChoiceKey BUDGET = Keys.choice("adaptiveBudget",
            "Adaptive: what the budget of k samples binds: average (" + AdaptiveBudget.AVERAGE.description()
                    + ") or per-query (" + AdaptiveBudget.PER_QUERY.description() + ")",
            AdaptiveBudget.AVERAGE.id(), AdaptiveBudget.ids());
    /** What the planner may choose from: every realisable strategy but the oracle, chain-of-thought and itself. */
    static final List<StrategyType> MENU = List.of(Greedy.TYPE, BestOfKVerifier.TYPE, WeightedBestOfK.TYPE,
            MajorityVote.TYPE, BeamSearch.TYPE, Revisions.TYPE);
    public static final StrategyType TYPE = new StrategyType(ID,
            "Per-query strategy and budget from a difficulty estimate that costs probe samples, under a budget of"
                    + " k samples on average or per query (Snell et al. 2024)", parameters(),
            (parameters, modelParams) -> new Adaptive(DifficultyEstimate.of(parameters.get(DIFFICULTY_ESTIMATE)),
                    Math.toIntExact(parameters.get(DIFFICULTY_PROBES)), Math.toIntExact(parameters.get(BINS)),
                    VerifierKeys.verifier(parameters, modelParams),
                    MENU.stream().map(type -> type.create(parameters, modelParams)).toList(),
                    AdaptiveBudget.of(parameters.get(BUDGET))));

    /**
     * The upper bound as a strategy of its own, for code that picks a strategy rather than its
     * parameters (a test's fixture): adaptive with {@code difficultyEstimate: oracle} whatever the
     * parameters say. Not registered, so that no policy deploys it by name; {@code test-time} and
     * {@code match} select the bound with {@code --difficulty-estimate oracle}, and a scenario
     * refuses it.
     */
    public static final StrategyType ORACLE_DIFFICULTY = new StrategyType(ORACLE_LABEL,
            "Upper bound: adaptive that knows each query's true difficulty at no cost (not deployable)", parameters(),
            (parameters, modelParams) -> TYPE.create(parameters.with(DIFFICULTY_ESTIMATE,
                    DifficultyEstimate.ORACLE.id()), modelParams));

    public Adaptive {
        Checks.present("estimate", estimate);
        DIFFICULTY_PROBES.check((long) probes);
        BINS.check((long) bins);
        Checks.present("verifier", verifier);
        menu = List.copyOf(Checks.present("menu", menu));
        if (menu.isEmpty() || menu.stream().anyMatch(s -> s instanceof Adaptive)) {
            throw new IllegalArgumentException("menu: must list at least one strategy other than adaptive");
        }
        Checks.present("budget", budget);
    }

    /** This adaptive choosing among {@code options} instead of its menu. */
    public Adaptive withMenu(List<Strategy> options) {
        return new Adaptive(estimate, probes, bins, verifier, options, budget);
    }

    /** This adaptive with the budget rule {@code rule}. */
    public Adaptive withBudget(AdaptiveBudget rule) {
        return new Adaptive(estimate, probes, bins, verifier, menu, rule);
    }

    /**
     * The keys adaptive reads: its own, the verifier's (which scores the probes), then those of the
     * strategies it chooses among, each once.
     */
    private static List<Key<?>> parameters() {
        Set<Key<?>> keys = new LinkedHashSet<>(List.of(DIFFICULTY_ESTIMATE, DIFFICULTY_PROBES, BINS, BUDGET));
        keys.addAll(VerifierKeys.ALL);
        MENU.forEach(type -> keys.addAll(type.parameters()));
        return List.copyOf(keys);
    }

    @Override
    public String id() {
        return ID;
    }

    /**
     * What its plans are called in outputs ({@code test-time} and {@code match} rows):
     * {@value #ID}, or {@value #ORACLE_LABEL} for the upper bound that knows each query's difficulty.
     */
    public String label() {
        return estimate == DifficultyEstimate.ORACLE ? ORACLE_LABEL : ID;
    }

    /** Whether {@code label} names a plan of adaptive, either variant. */
    public static boolean labels(String label) {
        return ID.equals(label) || ORACLE_LABEL.equals(label);
    }

    /** The budget; the estimate's FLOPs are spent within it. */
    @Override
    public double flopsPerQuery(Deployment deployment, int k) {
        return deployment.samplingFlops(Strategy.checkK(k));
    }

    /**
     * The estimate (a binomial count and a normal draw), then the option chosen for its bin: at most
     * the costliest menu strategy at the largest budget the planner offers it.
     */
    @Override
    public double drawsPerQuery(TaskSuite suite, int k) {
        long largest = Math.min((long) bins * k, AdaptivePlanner.MAX_OPTION_K);
        double estimateWork = estimate == DifficultyEstimate.PROBES
                ? ProbeScores.of(probes, verifier, suite.distractors().shares()).work() : 1;
        return estimateWork + menu.stream()
                .mapToDouble(option -> option.drawsPerQuery(suite, (int) Math.min(largest, option.maxK()))).max()
                .orElse(1);
    }

    @Override
    public int maxK() {
        return MAX_SAMPLES;
    }

    @Override
    public Plan plan(Setting setting, int k) {
        Strategy.checkK(k);
        return new AdaptivePlanner(this, setting).plan(k);
    }
}
