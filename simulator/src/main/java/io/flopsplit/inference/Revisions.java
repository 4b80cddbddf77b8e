package io.flopsplit.inference;

import io.flopsplit.compute.Checks;
import io.flopsplit.compute.Range;
import io.flopsplit.keys.ChoiceKey;
import io.flopsplit.keys.Key;
import io.flopsplit.keys.Keys;
import io.flopsplit.keys.NumberKey;
import io.flopsplit.keys.WholeKey;
import io.flopsplit.tasks.Distractors;
import io.flopsplit.tasks.TaskSuite;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sequential revisions (Snell et al. 2024, arXiv 2408.03314, §6): k answers in chains of revisions.
 * A chain's first answer is a fresh attempt; each revision keeps the previous answer with probability
 * κ, otherwise makes a fresh attempt that succeeds with p′ = σ(logit p + δ) — the previous attempts
 * in context raise the chance of a right answer. So a right answer is broken with probability
 * (1 − κ)(1 − p′) (the revision model, trained on wrong-to-right sequences only, rewrites right
 * answers too: "around 38% of correct answers get converted back to incorrect ones", §6.1), and
 * pass@1 along a chain rises geometrically from p to p′ (Fig. 6 left). k answers are spread over
 * {@code chains} parallel chains ({@code revisionChainsRule: sqrt}: round(√k), Snell's mix), and the
 * answer is chosen across the chains by a verifier (best-of-N weighted within each chain, then across
 * the chains' picks; App. M), by majority over every answer, or as the last answer (§6.2 "naïve").
 * The verifier is the one {@code revisionVerifier} selects, without exploits (no search): by default
 * {@link VerifierPreset#SNELL_REVISION_ORM}, the ORM Snell et al. trained on their revision model's
 * outputs because their base model's PRM "was not as effective when applied to the PaLM 2-S*
 * revision model's outputs" (appendix "Revision Model Verifier Training").
 *
 * <p>Fit (on {@code snell-math} at the revision model's ability, prototype grid over κ × δ, run with
 * {@code snell-prm} selecting): κ = 0.2, δ = 0.5 give the break rate 36% (published ≈ 38%),
 * sequential ahead of parallel by 2–5 points at N = 4–64 ("narrowly outperforms"; 2.5 / 4.7 / 5.4
 * points at N = 4 / 16 / 64 with {@code snell-revision-orm}, not refitted), full sequential best on
 * the three easiest bins and 32:4 on bins 4 and 5 at N = 128 (Fig. 7). Not captured: the revision
 * model's four-answer context window; that it is a separately fine-tuned model (here the answering
 * model revises itself); correlation between a chain's attempts beyond keeping an answer; the ORM's
 * view of the chain's earlier answers (Snell et al. train it with them in context, which "improves
 * performance slightly"): its scores of a chain's answers are independent given the answer. Costs 2·N·(τ_in + k·τ_out), plus the verifier's
 * 2·N_v·k·(τ_in + τ_out) with verifier selection. Success is a Monte-Carlo table (one simulated
 * query per draw); budgets up to {@value #MAX_K}.
 *
 * @param keep κ in [0, 1), the chance a revision keeps the previous answer
 * @param gain δ &gt;= 0, the logit gain of a revision's fresh attempt
 * @param chains the number of parallel chains, or 0 for round(√k)
 * @param selection how the answer is chosen
 * @param verifier the scorer of verifier selection and its size
 */
public record Revisions(double keep, double gain, int chains, RevisionChains.Selection selection, Verifier verifier)
        implements Strategy, LogitSuccess, Tabulated {

    public static final String ID = "revisions";
    public static final int MAX_K = 1024;
    public static final NumberKey KEEP = Keys.number("revisionKeep",
            "Revisions: chance a revision keeps the previous answer (fitted to Snell et al. 2024 sec. 6)", 0.2,
            new Range(0, false, 1, true));
    public static final NumberKey GAIN = Keys.number("revisionGain",
            "Revisions: logit gain of a revision's fresh attempt over the first (fitted to Snell et al. 2024 sec. 6)",
            0.5, Range.NON_NEGATIVE);
    public static final WholeKey CHAINS = Keys.whole("revisionChains",
            "Revisions: parallel chains sharing the k answers (1: fully sequential; Snell et al. 2024 sec. 6.2)",
            1, 1, MAX_K);
    public static final ChoiceKey CHAINS_RULE = Keys.choice("revisionChainsRule",
            "Revisions: fixed (revisionChains chains) or sqrt (round(sqrt k) chains, a sequential/parallel mix)",
            "fixed", List.of("fixed", "sqrt"));
    public static final ChoiceKey SELECTION = Keys.choice("revisionSelection",
            "Revisions: how the answer is chosen across the chains: verifier (best-of-N weighted), majority, or the"
                    + " last answer (Snell et al. 2024 sec. 6, app. M)", "verifier",
            List.of("verifier", "majority", "last"));
    public static final StrategyType TYPE = new StrategyType(ID,
            "k answers in chains of revisions, chosen by a verifier, a vote or the last (Snell et al. 2024, sec. 6)",
            parameters(), (parameters, modelParams) -> new Revisions(parameters.get(KEEP), parameters.get(GAIN),
                    parameters.get(CHAINS_RULE).equals("sqrt") ? 0 : Math.toIntExact(parameters.get(CHAINS)),
                    RevisionChains.Selection.valueOf(parameters.get(SELECTION).toUpperCase(Locale.ROOT)),
                    VerifierKeys.verifier(parameters, modelParams, VerifierKeys.REVISION_PRESET).withoutExploits()));

    public Revisions {
        KEEP.check(keep);
        GAIN.check(gain);
        if (chains != 0) {
            CHAINS.check((long) chains);
        }
        Checks.present("selection", selection);
        Checks.present("verifier", verifier);
    }

    private static List<Key<?>> parameters() {
        List<Key<?>> keys = new ArrayList<>(List.of(KEEP, GAIN, CHAINS, CHAINS_RULE, SELECTION,
                VerifierKeys.REVISION_PRESET));
        keys.addAll(VerifierKeys.custom());
        keys.add(VerifierKeys.PARAMS);
        return keys;
    }

    @Override
    public String id() {
        return ID;
    }

    /** The parallel chains at budget k. */
    public int chainsAt(int k) {
        return chains == 0 ? Math.max(1, (int) Math.round(Math.sqrt(k))) : Math.min(chains, k);
    }

    /** Success depends on these constants, not on the verifier's size (the tabulation key, {@link LogitSuccess}). */
    @Override
    public Object successKey() {
        return List.of(keep, gain, chains, selection, verifier.scoring());
    }

    @Override
    public double flopsPerQuery(Deployment deployment, int k) {
        double flops = deployment.samplingFlops(Strategy.checkK(k));
        return selection == RevisionChains.Selection.VERIFIER ? flops + deployment.scoringFlops(verifier.params(), k)
                : flops;
    }

    /**
     * Per answer: a keep-or-revise uniform and, when revised, an attempt (a uniform and a class);
     * with verifier selection a normal score per answer and one answer effect per class.
     */
    @Override
    public double drawsPerQuery(TaskSuite suite, int k) {
        return VerifierQueries.chainWork(suite, k, selection == RevisionChains.Selection.VERIFIER);
    }

    @Override
    public int maxK() {
        return MAX_K;
    }

    /** A table's model: every constant the success depends on, and the suite's distractors. */
    private record Model(double keep, double gain, int chains, RevisionChains.Selection selection, Verifier scoring,
            Distractors distractors) {
    }

    /** Monte Carlo of {@link RevisionChains}, one simulated query per draw. */
    @Override
    public TableFamily tables(Distractors distractors) {
        RevisionChains simulation = new RevisionChains(keep, gain, selection, verifier, distractors.shares());
        Model model = new Model(keep, gain, chains, selection, verifier.scoring(), distractors);
        return new TableFamily("revision-chains", model, VerifierTables.GRID, MAX_K, node -> SuccessTable.simulate(
                VerifierTables.GRID, (p, logitP, streams) -> simulation.succeeds(p, logitP, node, chainsAt(node),
                        streams)));
    }

    @Override
    public Plan plan(Setting setting, int k) {
        Strategy.checkK(k, this);
        RevisionChains simulation = new RevisionChains(keep, gain, selection, verifier, setting.distractorShares());
        SuccessTable table = BudgetGrid.table(tables(setting.suite().distractors()), k);
        int parallel = chainsAt(k);
        return new TabulatedPlan(ID, k, flopsPerQuery(setting.deployment(), k), table,
                (problem, streams) -> simulation.succeeds(problem.passAt1(), problem.logit(), k, parallel, streams),
                ID + "@" + k + "(" + (k / parallel) + ":" + parallel + ")");
    }
}
