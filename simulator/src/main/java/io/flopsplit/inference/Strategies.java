package io.flopsplit.inference;

import io.flopsplit.keys.Key;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of test-time strategies by id, in the order they are registered here (from the
 * cheapest to the adaptive). Each {@link StrategyType} brings its own parameters; the union of
 * them, in registration order, is what a scenario's {@code strategies} section and the
 * {@code test-time} and {@code match} commands take.
 */
public final class Strategies {

    private static final Map<String, StrategyType> TYPES = new LinkedHashMap<>();

    static {
        register(Greedy.TYPE);
        register(ChainOfThought.TYPE);
        register(BestOfKOracle.TYPE);
        register(BestOfKVerifier.TYPE);
        register(WeightedBestOfK.TYPE);
        register(MajorityVote.TYPE);
        register(BeamSearch.TYPE);
        register(Revisions.TYPE);
        register(Adaptive.TYPE);
    }

    private Strategies() {
    }

    private static void register(StrategyType type) {
        if (TYPES.putIfAbsent(type.id(), type) != null) {
            throw new IllegalStateException("strategy " + type.id() + " is registered twice");
        }
    }

    /** Every registered strategy, in order. */
    public static List<StrategyType> types() {
        return List.copyOf(TYPES.values());
    }

    /** Every id, in order. */
    public static List<String> ids() {
        return List.copyOf(TYPES.keySet());
    }

    /** The strategy registered as {@code id}. */
    public static Optional<StrategyType> find(String id) {
        return Optional.ofNullable(TYPES.get(id));
    }

    /** The strategy registered as {@code id}; an unknown id is an error naming the known ones. */
    public static StrategyType type(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("strategy: unknown '" + id + "'; known: "
                + String.join(", ", ids())));
    }

    /** Accepts a known strategy id; the failure names the known ones. */
    public static String requireKnown(String id) {
        return type(id).id();
    }

    /** The strategy with this id for an answering model of {@code modelParams} parameters. */
    public static Strategy create(String id, StrategyParameters parameters, double modelParams) {
        return type(id).create(parameters, modelParams);
    }

    /** Every strategy's parameter keys, each once, in registration order. */
    public static List<Key<?>> parameters() {
        LinkedHashSet<Key<?>> keys = new LinkedHashSet<>();
        TYPES.values().forEach(type -> keys.addAll(type.parameters()));
        return Collections.unmodifiableList(new ArrayList<>(keys));
    }
}
