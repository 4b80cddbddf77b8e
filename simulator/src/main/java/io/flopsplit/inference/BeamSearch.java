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
 * <li><b>Heterogeneous step difficulty</b>: a problem's failure −log p is shared among its steps
 * by Dirichlet(c, …, c) weights w_s, drawn per query, and a step extending a right prefix is right
 * with p_s = p^(w_s), so an independent sample still succeeds with p. A small concentration c puts
 * most of the difficulty on one bottleneck step (a hard problem usually has one hard step rather
 * than S moderately hard ones). A wrong prefix stays wrong.</li>
 * <li><b>A PRM that cannot judge what it cannot solve</b>: a step is scored N(±d_s/2, 1) with
 * d_s = λ·d_hi·p_s^γ, d_hi the verifier's separation on easy problems ({@link Verifier}): on a step
 * the model almost never gets right the PRM barely tells right from wrong (ProcessBench, Zheng et
 * al. 2024, arXiv 2412.06559, Table 3: step-error identification falls from GSM8K to olympiad
 * problems, for Math-Shepherd-style PRMs to a third or less), so search cannot find the one right
 * continuation of a bottleneck step much better than sampling does.</li>
 * <li><b>Answer-level effects</b>: a PRM's value estimate judges where a line is heading, so every
 * score of a line carries the effect τ·η of its final answer ({@link Verifier}'s answer effect,
 * fitted on best-of-N weighted): a right line is judged against the wrong answer the PRM likes
 * most, at d_s + τ·(η_right − max of the m distractors' η), the same for every step and for the
 * final choice among the finished beams (judged at the verifier's final-answer separation d(p)).
 * When the PRM prefers a wrong answer, wider search converges on it: search plateaus, as Snell et
 * al. observe ("these improvements greatly diminish", §5.3).</li>
 * </ul>
 * Success is exact given the step shares (a Markov chain on the number of right beams, with the
 * selection probabilities of {@link BeamSelection}), averaged over {@value BeamChain#SHARE_POINTS}
 * quasi-random draws of the step shares and answer effects, tabulated on the logit-p grid of
 * {@link VerifierTables} per budget node ({@link BudgetGrid}); the sampler simulates a query. Constants c, λ, γ: least-squares fit
 * to Snell et al.'s beam-search curves (see {@link #FIT}). Not captured: over-optimisation of the
 * PRM by wide beams on easy problems (Snell et al. Fig. 3 right; Dalal et al. 2026, arXiv
 * 2603.15377); lookahead search; recovery from a wrong step; weighted aggregation of the finished
 * beams. Cost: 2·(N + N_prm)·(τ_in + N·τ_out) (prefixes cached); budgets up to {@value #MAX_K}.
 *
 * @param steps S, steps per solution
 * @param branching M, children per beam per step
 * @param stepConcentration c, the Dirichlet concentration of step difficulty
 * @param stepSeparation λ in (0, 1], the PRM's step-level separation relative to d_hi
 * @param separationExponent γ &gt;= 0, how fast the step-level separation falls with the step's difficulty
 * @param verifier the PRM's scoring model and size
 */
public record BeamSearch(int steps, int branching, double stepConcentration, double stepSeparation,
        double separationExponent, Verifier verifier) implements Strategy, LogitSuccess, Tabulated {

    public static final String ID = "beam-search";
    public static final int MAX_K = 256;
    /** How the constants were fitted, for people and outputs. */
    public static final String FIT = "least squares (BOBYQA, Commons Math) of (log c, lambda, gamma) to Snell et al."
            + " 2024 Fig. 3 (left): beam M = 4 at N = 16 and 256, M = sqrt N at 256, on snell-math";
    public static final WholeKey BRANCHING = Keys.whole("branching",
            "Beam search: children per beam per step (Snell et al. 2024 use 4, sec. 5.2)", 4, 1, MAX_K);
    public static final NumberKey STEP_CONCENTRATION = Keys.number("beamStepConcentration",
            "Beam search: Dirichlet concentration c of the steps' shares of a problem's difficulty (small: one"
                    + " bottleneck step; fitted to Snell et al. 2024 Fig. 3)", 1.993, Range.POSITIVE);
    public static final NumberKey STEP_SEPARATION = Keys.number("beamStepSeparation",
            "Beam search: the PRM's separation of right from wrong steps relative to the verifier's d_hi (fitted"
                    + " to Snell et al. 2024 Fig. 3; the fit ends at the bound 1)", 1.0, Range.openClosed(0, 1));
    public static final NumberKey SEPARATION_EXPONENT = Keys.number("beamSeparationExponent",
            "Beam search: gamma, the PRM's step separation falls as p_s^gamma with the step's success p_s"
                    + " (ProcessBench; fitted to Snell et al. 2024 Fig. 3)", 1.940, Range.closed(0, 10));
    public static final StrategyType TYPE = new StrategyType(ID,
            "Beam search over k candidates per step scored by a process reward model (Snell et al. 2024)",
            parameters(), (parameters, modelParams) -> new BeamSearch(VerifierKeys.steps(parameters),
                    Math.toIntExact(parameters.get(BRANCHING)), parameters.get(STEP_CONCENTRATION),
                    parameters.get(STEP_SEPARATION), parameters.get(SEPARATION_EXPONENT),
                    VerifierKeys.verifier(parameters, modelParams)));

    public BeamSearch {
        VerifierKeys.STEPS.check((long) steps);
        BRANCHING.check((long) branching);
        STEP_CONCENTRATION.check(stepConcentration);
        STEP_SEPARATION.check(stepSeparation);
        SEPARATION_EXPONENT.check(separationExponent);
        Checks.present("verifier", verifier);
    }

    private static List<Key<?>> parameters() {
        List<Key<?>> keys = new ArrayList<>(List.of(BRANCHING, STEP_CONCENTRATION, STEP_SEPARATION,
                SEPARATION_EXPONENT));
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
        return List.of(steps, branching, stepConcentration, stepSeparation, separationExponent, verifier.scoring());
    }

    @Override
    public double flopsPerQuery(Deployment deployment, int k) {
        double tokens = deployment.promptTokens() + Strategy.checkK(k) * deployment.answerTokens();
        return deployment.flops(tokens) + deployment.convention().inferenceFlops(verifier.params(), tokens);
    }

    /** The chains (their quasi-random step shares and answer effects) per model, made once. */
    private static final Memo<Model, BeamChain> CHAINS = new Memo<>(256);

    /** What success depends on: every constant but the PRM's size. */
    private record Model(int steps, int branching, double stepConcentration, double stepSeparation,
            double separationExponent, Verifier scoring, int distractors) {
    }

    /** The exact chains of {@link BeamChain} on this many distractors, made once per model. */
    private BeamChain chain(Model model) {
        return CHAINS.get(model, key -> new BeamChain(steps, stepConcentration,
                stepSeparation * verifier.separationEasy(), separationExponent, verifier.scoring(),
                model.distractors()));
    }

    private Model model(Distractors distractors) {
        return new Model(steps, branching, stepConcentration, stepSeparation, separationExponent, verifier.scoring(),
                distractors.count());
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
