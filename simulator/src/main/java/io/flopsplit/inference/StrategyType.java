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
 */
public record StrategyType(String id, String description, List<Key<?>> parameters, Factory factory) {

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

    @Override
    public String toString() {
        return id;
    }

    /** The strategy for {@code parameters} and an answering model of {@code modelParams} parameters. */
    public Strategy create(StrategyParameters parameters, double modelParams) {
        return factory.create(parameters, modelParams);
    }
}
