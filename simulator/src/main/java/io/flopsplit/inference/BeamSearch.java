package io.flopsplit.inference;

import io.flopsplit.compute.Checks;
import io.flopsplit.compute.Range;
import io.flopsplit.keys.Key;
import io.flopsplit.keys.Keys;
import io.flopsplit.keys.NumberKey;
import io.flopsplit.keys.WholeKey;
import io.flopsplit.tasks.Distractors;
import io.flopsplit.tasks.TaskSuite;
import java.util.ArrayList;
import java.util.List;

/**
 * Beam search guided by a process reward model (PRM; Snell et al. 2024, arXiv 2408.03314, §5.2): a
 * solution is S steps; with budget N and width M, N candidates are scored at every step, the top
 * B = ⌈N/M⌉ prefixes kept and each extended (the N children shared as evenly as they can be), and the
 * search concludes, as theirs does, "with N final answer candidates, to which we apply best-of-N
 * weighted selection" — the candidates of the last step, scored as the {@link Verifier} scores whole
 * samples and summed per final answer.
 * <ul>
 * <li><b>Heterogeneous step difficulty, with a bottleneck on hard problems</b>: a problem's failure
 * −log p is shared among its steps by Dirichlet(c, …, c) weights w_s, drawn per query, up to a
 * spread difficulty h; what lies beyond h falls on the step with the largest share, its bottleneck:
 * log p_s = w_s·max(log p, −h) (+ log p + h on the bottleneck when p &lt; e^−h), so an independent
 * sample still succeeds with p. A problem easier than e^−h decomposes into steps search can judge
 * one at a time; a harder one usually has one bottleneck step rather than S moderately hard ones,
 * which search cannot find much better than sampling does. A wrong prefix stays wrong.</li>
 * <li><b>A PRM that cannot judge what it cannot solve</b>: a right step scores d_s above a wrong
 * one on average, d_s = λ·d_hi·p_s^γ, d_hi the verifier's separation on easy problems: on a step the
 * model almost never gets right the PRM barely tells right from wrong (ProcessBench, Zheng et al.
 * 2024, arXiv 2412.06559, Table 3: step-error identification falls from GSM8K to olympiad problems,
 * for Math-Shepherd-style PRMs to a third or less).</li>
 * <li><b>Answer-level effects</b>: a PRM's value estimate judges where a line is heading, so every
 * score of a line carries the effect τ·η of its final answer ({@link Verifier}'s answer effect,
 * fitted on best-of-N weighted): a right line is judged against the wrong answer the PRM likes most,
 * at d_s + τ·(η_right − max of the m distractors' η), and at the final selection every answer
 * carries its own effect. When the PRM prefers a wrong answer, search converges on it.</li>
 * <li><b>Lines the PRM over-rates, and over-optimisation that grows with N</b>: a candidate step is,
 * with the verifier's exploit rate ε per step, a degenerate one the PRM rates a_s above a wrong step
 * (and every child of its line inherits it, heading to one wrong answer). The more candidates, the
 * likelier one appears; once kept, its line multiplies through the search and its copies carry the
 * final vote, so beam search plateaus and then degrades as the budget grows, most visibly on easy
 * problems, where it has nothing left to find (reward-model over-optimisation, Gao et al. 2022,
 * arXiv 2210.10760; Snell et al. §5.3: beam search "shows signs of over-optimization at higher
 * budgets" on easy questions). M = √N ends below M = 4 (its fewer beams keep fewer right lines,
 * and an exploit line fills them sooner). Wrong steps' scores may also spread wider than
 * right ones' (σ_w, right lines 1), so that selecting the top of many noisy scores overestimates the
 * wrong ones (Dalal et al. 2026, arXiv 2603.15377); the fit leaves σ_w at 1.</li>
 * </ul>
 * Success is simulated ({@link BeamQueries}) at each node of the {@link VerifierTables} grid per
 * budget node k ({@link BudgetGrid}): {@value VerifierTables#REPS}·max(1, 128/k) queries, equal work
 * on every budget up to {@value BeamQueries#EQUAL_WORK_UP_TO} ({@link BeamQueries#reps}); the
 * sampler simulates a query. Constants: c = 5.690 and h = 3.311 and λ = 1 kept from the exact-chain
 * fit this model replaces; γ = 1.7974, σ_w = 1.0046 and a_s = 3.1559 least-squares fitted to Snell
 * et al.'s three beam-search points (see {@link #FIT} and {@code BeamSearchFit}, on tables of 2,000
 * queries per node at every budget): residuals −0.09σ, −0.12σ, +0.30σ then, −0.26σ, −0.12σ, +0.30σ
 * (χ² = 0.17) on the present tables, whose small budgets simulate more queries (σ = 1.5 points); ε
 * is the verifier's. The by-difficulty statements (calibration rows S14 to S22) are the fit's
 * checks, none of them fitted. Not captured: lookahead search; recovery from a wrong step; a
 * step-level answer effect of each wrong line's own answer (wrong lines are judged alike until the
 * end); wrong lines that share a prefix heading to the same answer (each wrong final candidate
 * draws its answer by the suite's shares; only exploit lines keep theirs). Cost: 2·(N + N_prm)·(τ_in
 * + N·τ_out) (prefixes cached); budgets up to {@value #MAX_K}.
 *
 * @param steps S, steps per solution
 * @param branching M, children per beam per step
 * @param stepConcentration c, the Dirichlet concentration of step difficulty
 * @param spreadDifficulty h &gt; 0, the part of −log p the steps share; the rest falls on the bottleneck step
 * @param stepSeparation λ in (0, 1], the PRM's step-level separation relative to d_hi
 * @param separationExponent γ &gt;= 0, how fast the step-level separation falls with the step's difficulty
 * @param wrongNoise σ_w, the standard deviation of the PRM's step scores of wrong lines (right lines: 1)
 * @param stepExploitAppeal a_s, how far above a wrong step the PRM rates an exploit step
 * @param verifier the PRM's scoring model and size (its exploit rate is the chance of an exploit step)
 */
public record BeamSearch(int steps, int branching, double stepConcentration, double spreadDifficulty,
        double stepSeparation, double separationExponent, double wrongNoise, double stepExploitAppeal,
        Verifier verifier)
        implements Strategy, LogitSuccess, Tabulated {

    public static final String ID = "beam-search";
    public static final int MAX_K = 256;
    /** How the constants were fitted, for people and outputs. */
    public static final String FIT = "least squares (BOBYQA, Commons Math) of (gamma, sigma_w, a_s) to Snell et al."
            + " 2024 Fig. 3 (left): beam M = 4 at N = 16 and 256, M = sqrt N at 256, on snell-math, with common random"
            + " numbers; c, h and lambda kept from the earlier exact-chain fit";
    public static final WholeKey BRANCHING = Keys.whole("branching",
            "Beam search: children per beam per step (Snell et al. 2024 use 4, sec. 5.2)", 4, 1, MAX_K);
    public static final NumberKey STEP_CONCENTRATION = Keys.number("beamStepConcentration",
            "Beam search: Dirichlet concentration c of the steps' shares of a problem's difficulty up to h (small:"
                    + " uneven steps; fitted to Snell et al. 2024 Fig. 3 with the earlier exact chain, weakly identified,"
                    + " and kept; at least 0.001: one step then already holds all of it, and below that the"
                    + " steps' gamma draws underflow to 0)", 5.690, Range.atLeast(0.001));
    public static final NumberKey SPREAD_DIFFICULTY = Keys.number("beamSpreadDifficulty",
            "Beam search: h, the part of a problem's difficulty log(1/p) (nats) its steps share; the rest falls on"
                    + " its hardest step, so a problem with p below exp(-h) has one bottleneck step (fitted to Snell et"
                    + " al. 2024 Fig. 3 with the earlier exact chain, and kept)", 3.311, Range.POSITIVE);
    public static final NumberKey STEP_SEPARATION = Keys.number("beamStepSeparation",
            "Beam search: the PRM's separation of right from wrong steps relative to the verifier's d_hi (fitted"
                    + " to Snell et al. 2024 Fig. 3 with the earlier exact chain, at the bound 1, and kept)", 1.0,
            Range.openClosed(0, 1));
    public static final NumberKey SEPARATION_EXPONENT = Keys.number("beamSeparationExponent",
            "Beam search: gamma, the PRM's step separation falls as p_s^gamma with the step's success p_s"
                    + " (ProcessBench; fitted to Snell et al. 2024 Fig. 3)", 1.7974, Range.closed(0, 10));
    public static final NumberKey WRONG_NOISE = Keys.number("beamWrongNoise",
            "Beam search: sigma_w, the sd of the PRM's step scores of wrong lines relative to right ones; above 1,"
                    + " wide selection over-rates wrong steps (Dalal et al. 2026; fitted to Snell et al. 2024 Fig. 3)",
            1.0046, Range.closed(0.2, 5));
    public static final NumberKey STEP_EXPLOIT_APPEAL = Keys.number("beamExploitAppeal",
            "Beam search: a_s, how far above a wrong step the PRM rates an exploit step (latent sd units; an exploit"
                    + " line's children inherit it, so wide search over-optimises the PRM; the chance per step is the"
                    + " verifier's exploitRate; fitted to Snell et al. 2024 Fig. 3)", 3.1559, Range.closed(0, 20));
    public static final StrategyType TYPE = new StrategyType(ID,
            "Beam search over k candidates per step scored by a process reward model (Snell et al. 2024)",
            parameters(), (parameters, modelParams) -> new BeamSearch(VerifierKeys.steps(parameters),
                    Math.toIntExact(parameters.get(BRANCHING)), parameters.get(STEP_CONCENTRATION),
                    parameters.get(SPREAD_DIFFICULTY), parameters.get(STEP_SEPARATION),
                    parameters.get(SEPARATION_EXPONENT), parameters.get(WRONG_NOISE), parameters.get(STEP_EXPLOIT_APPEAL),
                    VerifierKeys.verifier(parameters, modelParams)));

    public BeamSearch {
        VerifierKeys.STEPS.check((long) steps);
        BRANCHING.check((long) branching);
        STEP_CONCENTRATION.check(stepConcentration);
        SPREAD_DIFFICULTY.check(spreadDifficulty);
        STEP_SEPARATION.check(stepSeparation);
        SEPARATION_EXPONENT.check(separationExponent);
        WRONG_NOISE.check(wrongNoise);
        STEP_EXPLOIT_APPEAL.check(stepExploitAppeal);
        Checks.present("verifier", verifier);
    }

    private static List<Key<?>> parameters() {
        List<Key<?>> keys = new ArrayList<>(List.of(BRANCHING, STEP_CONCENTRATION, SPREAD_DIFFICULTY,
                STEP_SEPARATION, SEPARATION_EXPONENT, WRONG_NOISE, STEP_EXPLOIT_APPEAL));
        keys.addAll(VerifierKeys.ALL);
        return keys;
    }

    @Override
    public String id() {
        return ID;
    }

    /**
     * Per step and candidate: an exploit draw, a step draw and a score (a normal draw), and the k
     * scores sorted; the final answers' classes and weights; the step shares and answer effects.
     */
    @Override
    public double drawsPerQuery(TaskSuite suite, int k) {
        double perStep = k * (2 + Draws.BETA_DRAW_WORK + Math.log(k + 1.0) / Math.log(2));
        return steps * (Draws.BETA_DRAW_WORK + perStep) + k * (1 + Draws.BETA_DRAW_WORK)
                + suite.distractors().count() + 1;
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
                wrongNoise, stepExploitAppeal, verifier.scoring());
    }

    @Override
    public double flopsPerQuery(Deployment deployment, int k) {
        double tokens = deployment.promptTokens() + Strategy.checkK(k) * deployment.answerTokens();
        return deployment.flops(tokens) + deployment.convention().inferenceFlops(verifier.params(), tokens);
    }

    /** What success depends on: every constant but the PRM's size, and the suite's distractors. */
    private record Model(int steps, int branching, double stepConcentration, double spreadDifficulty,
            double stepSeparation, double separationExponent, double wrongNoise, double stepExploitAppeal,
            Verifier scoring, Distractors distractors) {
    }

    /** The simulated tables of {@link BeamQueries} on these distractors. */
    @Override
    public TableFamily tables(Distractors distractors) {
        Model model = new Model(steps, branching, stepConcentration, spreadDifficulty, stepSeparation,
                separationExponent, wrongNoise, stepExploitAppeal, verifier.scoring(), distractors);
        BeamQueries queries = new BeamQueries(this, distractors.shares());
        return new TableFamily(BeamQueries.METHOD, model, VerifierTables.GRID, MAX_K,
                node -> SuccessTable.simulate(VerifierTables.GRID, BeamQueries.reps(node, VerifierTables.GRID.reps()),
                        (p, logitP, streams) -> queries.succeeds(logitP, node, beams(node), streams)));
    }

    @Override
    public Plan plan(Setting setting, int k) {
        Strategy.checkK(k, this);
        Distractors distractors = setting.suite().distractors();
        BeamQueries queries = new BeamQueries(this, distractors.shares());
        SuccessTable table = BudgetGrid.table(tables(distractors), k);
        int width = beams(k);
        return new TabulatedPlan(ID, k, flopsPerQuery(setting.deployment(), k), table,
                (problem, streams) -> queries.succeeds(problem.logit(), k, width, streams), ID + "@" + k);
    }
}
