package io.flopsplit.inference;

import io.flopsplit.compute.Checks;
import io.flopsplit.compute.Range;
import io.flopsplit.keys.Key;
import io.flopsplit.keys.Keys;
import io.flopsplit.keys.NumberKey;
import io.flopsplit.keys.WholeKey;
import io.flopsplit.memo.Memo;
import io.flopsplit.tasks.Distractors;
import io.flopsplit.tasks.TaskSuite;
import java.util.ArrayList;
import java.util.List;

/**
 * Beam search guided by a process reward model (PRM; Snell et al. 2024, arXiv 2408.03314, §5.2): a
 * solution is S steps; with budget N and width M, N candidates are scored at every step, the top
 * B = ⌈N/M⌉ prefixes kept and each extended (the N children shared as evenly as they can be), and
 * at the end the top-scored of the B finished solutions is returned.
 * <ul>
 * <li><b>Heterogeneous step difficulty, with a bottleneck on hard problems</b>: a problem's failure
 * −log p is shared among its steps by Dirichlet(c, …, c) weights w_s, drawn per query, up to a
 * spread difficulty h; what lies beyond h falls on the step with the largest share, its bottleneck:
 * log p_s = w_s·max(log p, −h) (+ log p + h on the bottleneck when p &lt; e^−h), so an independent
 * sample still succeeds with p. A problem easier than e^−h decomposes into steps search can judge
 * one at a time; a harder one usually has one bottleneck step rather than S moderately hard ones,
 * which search cannot find much better than sampling does, so beam search stays below pass@N on
 * the hardest problems. (On problems of pass@1 around 3% it exceeds pass@N at small N, up to 4.3
 * points at N = 5 on snell-math, below it from N = 10 on: calibration row S19, a departure.) A
 * wrong prefix stays wrong.</li>
 * <li><b>A PRM that cannot judge what it cannot solve</b>: a right step scores d_s above a wrong
 * one on average, d_s = λ·d_hi·p_s^γ, d_hi the verifier's separation on easy problems ({@link Verifier}): on a step
 * the model almost never gets right the PRM barely tells right from wrong (ProcessBench, Zheng et
 * al. 2024, arXiv 2412.06559, Table 3: step-error identification falls from GSM8K to olympiad
 * problems, for Math-Shepherd-style PRMs to a third or less), so search cannot find the one right
 * continuation of a bottleneck step much better than sampling does.</li>
 * <li><b>Answer-level effects</b>: a PRM's value estimate judges where a line is heading, so every
 * score of a line carries the effect τ·η of its final answer ({@link Verifier}'s answer effect,
 * fitted on best-of-N weighted): a right line is judged against the wrong answer the PRM likes
 * most, at d_s + τ·(η_right − max of the m distractors' η), the same for every step and for the
 * final choice among the finished beams (judged at the verifier's final-answer separation d(p)).
 * When the PRM prefers a wrong answer, wider search converges on it.</li>
 * <li><b>Noisier scores on wrong lines, so wide search over-optimises the PRM</b>: the PRM scores a
 * wrong line — at every step and at the final choice among the finished beams — with noise of
 * standard deviation σ_w &gt; 1, a right line with 1. A wrong step is sometimes flagged clearly
 * and sometimes rated as well as a right one (ProcessBench: PRMs miss many first errors), so the
 * wrong lines' scores spread wider. Selecting the top of n noisy scores overestimates, and the
 * top of the wrong lines rises as σ_w·√(2 ln n) against the right lines' √(2 ln n): past a width
 * of about exp(d²/(2(σ_w − 1)²)) for lines d apart — a maximum useful width growing exponentially
 * with the squared signal-to-noise ratio, the form Dalal et al. 2026 (arXiv 2603.15377) derive for
 * beam search — a wider search more often ends on a wrong line
 * (reward-model over-optimisation, Gao et al. 2022, arXiv 2210.10760). So beam search plateaus
 * as the budget grows, degrades on easy problems, where wider search finds nothing new (Snell et
 * al. §5.3: beam search "degrades performance as the generation budget increases" on easy
 * questions), and M = √N, which keeps a smaller share of each step's candidates, over-optimises
 * more than M = 4 at the same N (Fig. 3 left).</li>
 * </ul>
 * Success is exact given the step shares (a Markov chain on the number of right beams, with the
 * selection probabilities of {@link BeamSelection}), averaged over {@value BeamChain#SHARE_POINTS}
 * quasi-random draws of the step shares and answer effects, tabulated on the logit-p grid of
 * {@link VerifierTables} per budget node ({@link BudgetGrid}); the sampler simulates a query.
 * Constants c, h, λ, γ, σ_w: least-squares fit to Snell et al.'s beam-search points (see {@link #FIT}
 * and {@code BeamSearchFit}): c = 5.690, h = 3.311, λ = 1 at its bound, γ = 0.7059, σ_w = 1.300;
 * residuals −0.005σ, −0.56σ, +0.44σ, χ² = 0.51 on three points (σ = 1.5 points). With λ at its
 * bound that is four constants on three readings: the optimiser ends in a flat valley along c and
 * γ (c from 2.4 to 5.7 moves χ² by under 0.1 and the predictions by under a point), so c is not
 * identified, and the by-difficulty statements (calibration rows S14, S16, S17, S19–S22) are the
 * fit's checks, none of them fitted. Not captured: the
 * verifier's exploit steps ({@link Verifier}: best-of-k sees them, this chain does not); a separate
 * noise model for the final choice (it shares σ_w with the steps, whereas best-of-N's verifier
 * scores whole samples with unit noise); lookahead search; recovery from a wrong step. <b>The final
 * choice departs from the paper's</b>: Snell et al. end with N final answer candidates and apply
 * best-of-N weighted selection to them (§5.2); this chain returns the top-scored of the B finished
 * beams, and that top score over noisy wrong lines is where its plateau and over-optimisation come
 * from. Snell et al.'s selection in its place, at these constants, gives 39.4% at N = 16 and 50.2% at
 * N = 256 on snell-math (published about 34% and 37%) and no plateau. Independent step noise cannot
 * supply one (the top N/M of N keeps the same share whatever N); lines the PRM over-rates, copied
 * into every child of their beam, can, and matching the paper's selection needs that mechanism and a
 * refit, not built (README, "The test-time models"). Cost: 2·(N + N_prm)·(τ_in + N·τ_out) (prefixes cached);
 * budgets up to {@value #MAX_K}.
 *
 * @param steps S, steps per solution
 * @param branching M, children per beam per step
 * @param stepConcentration c, the Dirichlet concentration of step difficulty
 * @param spreadDifficulty h &gt; 0, the part of −log p the steps share; the rest falls on the bottleneck step
 * @param stepSeparation λ in (0, 1], the PRM's step-level separation relative to d_hi
 * @param separationExponent γ &gt;= 0, how fast the step-level separation falls with the step's difficulty
 * @param wrongNoise σ_w, the standard deviation of the PRM's scores of wrong lines (right lines: 1)
 * @param verifier the PRM's scoring model and size
 */
public record BeamSearch(int steps, int branching, double stepConcentration, double spreadDifficulty,
        double stepSeparation, double separationExponent, double wrongNoise, Verifier verifier)
        implements Strategy, LogitSuccess, Tabulated {

    public static final String ID = "beam-search";
    public static final int MAX_K = 256;
    /** How the constants were fitted, for people and outputs. */
    public static final String FIT = "least squares (BOBYQA, Commons Math) of (log c, h, lambda, gamma, sigma_w) to"
            + " Snell et al. 2024 Fig. 3 (left): beam M = 4 at N = 16 and 256, M = sqrt N at 256, on snell-math"
            + " (chi-square 0.51 on three points)";
    public static final WholeKey BRANCHING = Keys.whole("branching",
            "Beam search: children per beam per step (Snell et al. 2024 use 4, sec. 5.2)", 4, 1, MAX_K);
    public static final NumberKey STEP_CONCENTRATION = Keys.number("beamStepConcentration",
            "Beam search: Dirichlet concentration c of the steps' shares of a problem's difficulty up to h (small:"
                    + " uneven steps; fitted to Snell et al. 2024 Fig. 3, weakly identified)", 5.690, Range.POSITIVE);
    public static final NumberKey SPREAD_DIFFICULTY = Keys.number("beamSpreadDifficulty",
            "Beam search: h, the part of a problem's difficulty log(1/p) (nats) its steps share; the rest falls on"
                    + " its hardest step, so a problem with p below exp(-h) has one bottleneck step (fitted to Snell et"
                    + " al. 2024 Fig. 3)", 3.311, Range.POSITIVE);
    public static final NumberKey STEP_SEPARATION = Keys.number("beamStepSeparation",
            "Beam search: the PRM's separation of right from wrong steps relative to the verifier's d_hi (fitted"
                    + " to Snell et al. 2024 Fig. 3; the fit ends at the bound 1)", 1.0, Range.openClosed(0, 1));
    public static final NumberKey SEPARATION_EXPONENT = Keys.number("beamSeparationExponent",
            "Beam search: gamma, the PRM's step separation falls as p_s^gamma with the step's success p_s"
                    + " (ProcessBench; fitted to Snell et al. 2024 Fig. 3)", 0.7059, Range.closed(0, 10));
    public static final NumberKey WRONG_NOISE = Keys.number("beamWrongNoise",
            "Beam search: sigma_w, the sd of the PRM's scores of wrong lines (each step and the final choice) relative"
                    + " to right ones; above 1, wide search over-optimises the PRM (Dalal et al. 2026; fitted to Snell"
                    + " et al. 2024 Fig. 3)", 1.300, Range.closed(0.2, 5));
    public static final StrategyType TYPE = new StrategyType(ID,
            "Beam search over k candidates per step scored by a process reward model (Snell et al. 2024)",
            parameters(), (parameters, modelParams) -> new BeamSearch(VerifierKeys.steps(parameters),
                    Math.toIntExact(parameters.get(BRANCHING)), parameters.get(STEP_CONCENTRATION),
                    parameters.get(SPREAD_DIFFICULTY), parameters.get(STEP_SEPARATION), parameters.get(SEPARATION_EXPONENT), parameters.get(WRONG_NOISE),
                    VerifierKeys.verifier(parameters, modelParams)));

    public BeamSearch {
        VerifierKeys.STEPS.check((long) steps);
        BRANCHING.check((long) branching);
        STEP_CONCENTRATION.check(stepConcentration);
        SPREAD_DIFFICULTY.check(spreadDifficulty);
        STEP_SEPARATION.check(stepSeparation);
        SEPARATION_EXPONENT.check(separationExponent);
        WRONG_NOISE.check(wrongNoise);
        Checks.present("verifier", verifier);
    }

    private static List<Key<?>> parameters() {
        List<Key<?>> keys = new ArrayList<>(List.of(BRANCHING, STEP_CONCENTRATION, SPREAD_DIFFICULTY,
                STEP_SEPARATION, SEPARATION_EXPONENT, WRONG_NOISE));
        keys.addAll(VerifierKeys.ALL);
        return keys;
    }

    @Override
    public String id() {
        return ID;
    }

    /**
     * Per step: the extra children's share (one uniform per beam), the right candidates (one
     * binomial), and the PRM's k scores (normal draws), sorted; and the step shares.
     */
    @Override
    public double drawsPerQuery(TaskSuite suite, int k) {
        double scores = k * (Draws.BETA_DRAW_WORK + Math.log(k + 1.0) / Math.log(2));
        return steps * (Draws.BETA_DRAW_WORK + beams(k) + Draws.binomialWork(k) + scores);
    }

    @Override
    public int maxK() {
        return MAX_K;
    }

    /** Beams kept per step at budget k: ⌈k / branching⌉. */
    public int beams(int k) {
        return (Strategy.checkK(k) + branching - 1) / branching;
    }

    /** Success depends on these constants, not on the verifier's size (the tabulation key, {@link LogitSuccess}). */
    @Override
    public Object successKey() {
        return List.of(steps, branching, stepConcentration, spreadDifficulty, stepSeparation, separationExponent,
                wrongNoise, verifier.scoring());
    }

    @Override
    public double flopsPerQuery(Deployment deployment, int k) {
        double tokens = deployment.promptTokens() + Strategy.checkK(k) * deployment.answerTokens();
        return deployment.flops(tokens) + deployment.convention().inferenceFlops(verifier.params(), tokens);
    }

    /** The chains (their quasi-random step shares and answer effects) per model, made once. */
    private static final Memo<Model, BeamChain> CHAINS = new Memo<>(256);

    /** What success depends on: every constant but the PRM's size. */
    private record Model(int steps, int branching, double stepConcentration, double spreadDifficulty,
            double stepSeparation, double separationExponent, double wrongNoise, Verifier scoring, int distractors) {
    }

    /** The exact chains of {@link BeamChain} on this many distractors, made once per model. */
    private BeamChain chain(Model model) {
        return CHAINS.get(model, key -> new BeamChain(steps, stepConcentration,
                stepSeparation * verifier.separationEasy(), separationExponent, wrongNoise, spreadDifficulty,
                verifier.scoring(), model.distractors()));
    }

    private Model model(Distractors distractors) {
        return new Model(steps, branching, stepConcentration, spreadDifficulty, stepSeparation,
                separationExponent, wrongNoise, verifier.scoring(), distractors.count());
    }

    /** The chains' exact success at each node (they depend on the distractors' count only). */
    @Override
    public TableFamily tables(Distractors distractors) {
        Model model = model(distractors);
        BeamChain chain = chain(model);
        return new TableFamily(BeamChain.METHOD, model, VerifierTables.GRID, MAX_K,
                node -> chain.table(VerifierTables.GRID, node, beams(node)));
    }

    @Override
    public Plan plan(Setting setting, int k) {
        Strategy.checkK(k, this);
        Distractors distractors = setting.suite().distractors();
        BeamChain chain = chain(model(distractors));
        SuccessTable table = BudgetGrid.table(tables(distractors), k);
        int width = beams(k);
        return new TabulatedPlan(ID, k, flopsPerQuery(setting.deployment(), k), table,
                (problem, streams) -> chain.sample(problem.logit(), k, width, streams), ID + "@" + k);
    }
}
