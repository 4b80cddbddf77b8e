package io.flopsplit.inference;

import java.util.ArrayList;
import java.util.List;

/** The registry of built-in strategies by id, made from {@link StrategyParameters}. */
public final class Strategies {

    /** Every id, from the cheapest to the adaptive. */
    public static final List<String> IDS = List.of(Greedy.ID, ChainOfThought.ID, BestOfKOracle.ID, BestOfKVerifier.ID,
            MajorityVote.ID, BeamSearch.ID, Revisions.ID, Adaptive.ID);

    private Strategies() {
    }

    /** Accepts a known strategy id; the failure names the known ones. */
    public static String requireKnown(String id) {
        if (!IDS.contains(id)) {
            throw new IllegalArgumentException("strategy: unknown '" + id + "'; known: " + String.join(", ", IDS));
        }
        return id;
    }

    /**
     * The strategy with this id for an answering model of {@code modelParams} parameters.
     *
     * @throws IllegalArgumentException naming the known ids
     */
    public static Strategy create(String id, StrategyParameters parameters, double modelParams) {
        double verifierParams = parameters.verifierParamsFor(modelParams);
        return switch (id) {
            case Greedy.ID -> new Greedy();
            case ChainOfThought.ID -> new ChainOfThought(parameters.cotBoostPerDoubling(), parameters.cotMaxBoost());
            case BestOfKOracle.ID -> new BestOfKOracle();
            case BestOfKVerifier.ID -> new BestOfKVerifier(new Verifier(parameters.verifierAuc(), verifierParams));
            case MajorityVote.ID -> new MajorityVote();
            case BeamSearch.ID -> new BeamSearch(parameters.steps(), parameters.branching(),
                    new Verifier(parameters.prmAuc(), verifierParams));
            case Revisions.ID -> new Revisions(parameters.fixRate(), parameters.breakRate());
            case Adaptive.ID -> new Adaptive(parameters.difficultyNoise(), parameters.bins(),
                    adaptiveMenu(parameters, modelParams));
            default -> throw new IllegalArgumentException("unknown strategy '" + id + "'; known: "
                    + String.join(", ", IDS));
        };
    }

    /** The adaptive planner's menu: every realisable strategy except the oracle, chain-of-thought and itself. */
    static List<Strategy> adaptiveMenu(StrategyParameters parameters, double modelParams) {
        List<Strategy> menu = new ArrayList<>();
        for (String id : List.of(Greedy.ID, BestOfKVerifier.ID, MajorityVote.ID, BeamSearch.ID, Revisions.ID)) {
            menu.add(create(id, parameters, modelParams));
        }
        return menu;
    }
}
