package io.flopsplit.inference;

import io.flopsplit.keys.Key;
import java.util.List;

/**
 * A test-time strategy as the registry knows it: its id, what it does, the parameters it takes
 * (each a documented {@link Key} with its default and range, read from a scenario's
 * {@code strategies} section or from the command line) and how it is made for an answering model.
 *
 * @param id the id users select it by, e.g. {@code majority-vote}
 * @param description one line: what it does, after whom
 * @param parameters the keys it reads from {@link StrategyParameters}; shared keys are the same objects
 * @param factory makes the strategy from the parameters and the answering model's size
 * @param selectsAmongSamples whether, with any parameters, its answer is one of k independent samples of
 *     the answering model chosen by some rule (greedy: k = 1) and its FLOPs per query at k are at least
 *     those of drawing the k samples: then its success on every problem is at most the chance that one of
 *     the k samples is right — the perfect checker's ({@link BestOfKOracle}) at the same k, which the same
 *     FLOPs always afford — so no allocation serving it beats the same allocation serving the perfect
 *     checker (the oracle policy relies on this; {@code SelectsAmongSamplesTest} checks it)
 */
public record StrategyType(String id, String description, List<Key<?>> parameters, Factory factory,
                           boolean selectsAmongSamples) {

    /** Makes a strategy. */
    @FunctionalInterface
    public interface Factory {
        /** The strategy for {@code parameters} and an answering model of {@code modelParams} parameters. */
        Strategy create(StrategyParameters parameters, double modelParams);
    }

    public StrategyType {
        if (id == null || !id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("id: must be a lower-case word with hyphens, was " + id);
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException(id + ": must have a description");
        }
        parameters = List.copyOf(parameters);
        if (factory == null) {
            throw new IllegalArgumentException(id + ": must have a factory");
        }
    }

    /** A strategy whose answer is not (only) a choice among independent samples. */
    public StrategyType(String id, String description, List<Key<?>> parameters, Factory factory) {
        this(id, description, parameters, factory, false);
    }

    @Override
    public String toString() {
        return id;
    }

    /** The strategy for {@code parameters} and an answering model of {@code modelParams} parameters. */
    public Strategy create(StrategyParameters parameters, double modelParams) {
        return factory.create(parameters, modelParams);
    }
}
