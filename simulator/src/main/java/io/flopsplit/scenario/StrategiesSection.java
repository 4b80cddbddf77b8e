package io.flopsplit.scenario;

import io.flopsplit.inference.Adaptive;
import io.flopsplit.inference.DifficultyEstimate;
import io.flopsplit.inference.RemovedKeys;
import io.flopsplit.inference.Strategies;
import io.flopsplit.inference.StrategyParameters;
import io.flopsplit.inference.StrategyType;
import io.flopsplit.inference.VerifierKeys;
import io.flopsplit.inference.VerifierPreset;
import io.flopsplit.keys.Key;
import io.flopsplit.keys.KeyValues;
import io.flopsplit.keys.NodeKey;
import io.flopsplit.keys.NumberKey;
import io.flopsplit.keys.Section;
import io.flopsplit.keys.Written;
import io.flopsplit.uncertainty.Fixed;
import io.flopsplit.uncertainty.Uncertain;
import io.flopsplit.yaml.Fields;
import io.flopsplit.yaml.YamlNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The scenario's {@code strategies} section: every registered strategy's parameters, each declared
 * on its strategy (see {@link Strategies#parameters()}). A number parameter may be uncertain — a
 * distribution drawn anew in every trial, in the order of the keys — so that the verifier's quality,
 * say, varies from trial to trial; policies plan with the means. Adaptive's oracle-difficulty bound
 * is refused here: no policy may deploy it ({@link DifficultyEstimate#NOT_DEPLOYABLE}).
 *
 * @param values each parameter's value; number parameters as {@link Uncertain}
 */
public record StrategiesSection(Map<Key<?>, Object> values) {

    public static final Section SECTION = Section.of("strategies",
            "The test-time strategies' parameters (number parameters may be distributions)", keys());
    public static final StrategiesSection DEFAULTS = read(Fields.empty());

    public StrategiesSection {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        if (!List.copyOf(values.keySet()).equals(Strategies.parameters())) {
            throw new IllegalArgumentException("strategies: must hold every strategy parameter in order");
        }
    }

    /**
     * The keys as the section reads them: number parameters as numbers or distributions, adaptive's
     * estimate without the oracle's bound (which {@link #read} refuses with its reason).
     */
    private static List<Key<?>> keys() {
        List<Key<?>> keys = new ArrayList<>();
        for (Key<?> key : Strategies.parameters()) {
            keys.add(key instanceof NumberKey number ? Distributions.uncertain(number)
                    : key == Adaptive.DIFFICULTY_ESTIMATE ? Adaptive.DEPLOYABLE_DIFFICULTY_ESTIMATE : key);
        }
        return keys;
    }

    static StrategiesSection read(Fields fields) {
        RemovedKeys.all().keySet().forEach(name -> fields.node(name).ifPresent(node -> {
            throw node.error(RemovedKeys.message(name));
        }));
        fields.node(Adaptive.DIFFICULTY_ESTIMATE.name()).ifPresent(node -> {
            if (node instanceof YamlNode.Scalar scalar && !DifficultyEstimate.deployable(scalar.text())) {
                throw node.error(DifficultyEstimate.NOT_DEPLOYABLE);
            }
        });
        Map<Key<?>, Object> values = new LinkedHashMap<>();
        for (Key<?> key : Strategies.parameters()) {
            values.put(key, key instanceof NumberKey number ? Distributions.uncertain(number).read(fields)
                    : key.read(fields));
        }
        fields.finish();
        StrategiesSection section = new StrategiesSection(values);
        fields.locate(() -> section.check());
        return section;
    }

    /**
     * Makes every strategy once from the nominal parameters, so that a combination no strategy
     * accepts (a custom verifier constant with a preset) fails when the scenario is read; a custom
     * constant given as a distribution with a preset fails too, naming the key.
     */
    private StrategiesSection check() {
        StrategyParameters nominal = nominal();
        for (StrategyType type : Strategies.types()) {
            type.create(nominal, 1e9);
        }
        if (!nominal.get(VerifierKeys.PRESET).equals(VerifierPreset.CUSTOM)) {
            for (Key<?> key : VerifierKeys.custom()) {
                if (values.get(key) instanceof Uncertain uncertain && !(uncertain instanceof Fixed)) {
                    throw new IllegalArgumentException(key.name() + " (" + key.optionName() + "): is read only with"
                            + " verifier: custom; the preset "
                            + nominal.get(VerifierKeys.PRESET) + " fixes it (set verifier to custom to use it)");
                }
            }
        }
        return this;
    }

    /** The parameters policies plan with: every uncertain one at its mean. */
    public StrategyParameters nominal() {
        return parameters(null);
    }

    /** One trial's parameters: every uncertain one drawn from {@code random}, in key order. */
    public StrategyParameters draw(UniformRandomProvider random) {
        return parameters(random);
    }

    private StrategyParameters parameters(UniformRandomProvider random) {
        KeyValues drawn = KeyValues.defaults(Strategies.parameters());
        for (Map.Entry<Key<?>, Object> entry : values.entrySet()) {
            drawn = set(drawn, entry.getKey(), entry.getValue(), random);
        }
        return StrategyParameters.of(drawn);
    }

    @SuppressWarnings("unchecked")
    private static <T> KeyValues set(KeyValues drawn, Key<T> key, Object value, UniformRandomProvider random) {
        if (value instanceof Uncertain uncertain) {
            double number = random == null ? uncertain.mean() : uncertain.sample(random);
            return drawn.with((Key<Double>) key, number);
        }
        return drawn.with(key, (T) value);
    }

    /** Whether every parameter is known (no distribution). */
    public boolean fixed() {
        return values.values().stream().noneMatch(value -> value instanceof Uncertain u && !(u instanceof Fixed));
    }

    Written write() {
        Written written = new Written();
        for (Map.Entry<Key<?>, Object> entry : values.entrySet()) {
            if (entry.getKey() instanceof NumberKey number) {
                NodeKey<Uncertain> uncertain = Distributions.uncertain(number);
                written.put(uncertain, entry.getValue());
            } else {
                written.put(entry.getKey(), entry.getValue());
            }
        }
        return written;
    }
}
