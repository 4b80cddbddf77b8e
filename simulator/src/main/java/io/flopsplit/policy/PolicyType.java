package io.flopsplit.policy;

import io.flopsplit.keys.Key;
import io.flopsplit.keys.KeyValues;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A kind of allocation policy as the registry knows it: the name a scenario selects it by, what it
 * does, the options it takes (each a documented {@link Key} with its default and allowed values),
 * how a policy is made from option values, and how a policy's values are written back (for the
 * effective scenario). Built-ins and users' policies alike are registered with
 * {@link Policies#register}; a scenario then names them, with their options, like
 * {@code {name: fixed-split, trainingShare: 0.3}}.
 *
 * <p>A policy with two options:
 * <pre>{@code
 * public record CautiousPolicy(double share, String strategy) implements Policy {
 *     static final NumberKey SHARE = Keys.number("share", "Share of the budget to training", 0.6,
 *             Range.open(0, 1));
 *     static final ChoiceKey STRATEGY = new ChoiceKey("strategy", "Serving strategy", "majority-vote",
 *             Strategies::ids);
 *     public static final PolicyType<CautiousPolicy> TYPE = new PolicyType<>("cautious",
 *             "Trains on a fixed share, votes with the rest", CautiousPolicy.class, List.of(SHARE, STRATEGY),
 *             options -> new CautiousPolicy(options.get(SHARE), options.get(STRATEGY)),
 *             (policy, options) -> options.with(SHARE, policy.share()).with(STRATEGY, policy.strategy()));
 *
 *     public PolicyType<CautiousPolicy> type() { return TYPE; }
 *     public Allocation allocate(Forecast forecast) { ... }
 * }
 * // once, before reading scenarios:  Policies.register(CautiousPolicy.TYPE);
 * }</pre>
 *
 * <p>From a jar, a {@link PolicyProvider} lists the types instead, for the command line's
 * {@code --classpath}. A type may declare monotonicities that {@code flopsplit check} then holds its
 * policies to: {@code new PolicyType<>(...).declaring(Monotonicity.BUDGET)}.
 *
 * @param name the name users select it by, a lower-case word with hyphens
 * @param description one line: what it does and after whom
 * @param policyClass the class of the policies it makes
 * @param options the options it takes, in order
 * @param factory makes a policy from option values (one per option)
 * @param writer a policy's option values, given the defaults to set them in, for writing it back
 * @param monotonicity what its policies claim about expected accuracy against budget and demand
 *     (none by default; see {@link #declaring})
 * @param <P> the class of the policies it makes
 */
public record PolicyType<P extends Policy>(String name, String description, Class<P> policyClass,
                                           List<Key<?>> options, Function<KeyValues, P> factory,
                                           BiFunction<P, KeyValues, KeyValues> writer,
                                           Set<Monotonicity> monotonicity) {

    public PolicyType {
        if (name == null || !name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("name: must be a lower-case word with hyphens, was " + name);
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException(name + ": must have a description");
        }
        if (policyClass == null || factory == null || writer == null) {
            throw new IllegalArgumentException(name + ": policyClass, factory and writer must be given");
        }
        options = List.copyOf(options);
        if (options.stream().anyMatch(option -> option.name().equals("name") || option.name().equals("label"))) {
            throw new IllegalArgumentException(name + ": an option may not be called name or label");
        }
        if (monotonicity == null) {
            throw new IllegalArgumentException(name + ": monotonicity must be given (empty for none)");
        }
        monotonicity = monotonicity.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(monotonicity));
    }

    /** A type that declares no monotonicity. */
    public PolicyType(String name, String description, Class<P> policyClass, List<Key<?>> options,
                      Function<KeyValues, P> factory, BiFunction<P, KeyValues, KeyValues> writer) {
        this(name, description, policyClass, options, factory, writer, Set.of());
    }

    /** This type, also declaring {@code claims}: {@code flopsplit check} then tests them. */
    public PolicyType<P> declaring(Monotonicity... claims) {
        Set<Monotonicity> all = EnumSet.noneOf(Monotonicity.class);
        all.addAll(monotonicity);
        all.addAll(Arrays.asList(claims));
        return new PolicyType<>(name, description, policyClass, options, factory, writer, all);
    }

    /** A type without options, whose policies are made by {@code factory}. */
    public static <P extends Policy> PolicyType<P> of(String name, String description, Class<P> policyClass,
                                                      Supplier<P> factory) {
        return new PolicyType<>(name, description, policyClass, List.of(), options -> factory.get(),
                (policy, options) -> options);
    }

    @Override
    public String toString() {
        return name;
    }

    /** Every option at its default. */
    public KeyValues defaultOptions() {
        return KeyValues.defaults(options);
    }

    /** A policy with every option at its default. */
    public P create() {
        return create(defaultOptions());
    }

    /** A policy with these option values. */
    public P create(KeyValues values) {
        if (!values.keys().equals(options)) {
            throw new IllegalArgumentException(name + ": options must be " + options.stream().map(Key::name).toList()
                    + ", were " + values.keys().stream().map(Key::name).toList());
        }
        return factory.apply(values);
    }

    /** The option values of {@code policy}, one of this type's. */
    public KeyValues optionsOf(Policy policy) {
        KeyValues values = writer.apply(policyClass.cast(policy), defaultOptions());
        if (!values.keys().equals(options)) {
            throw new IllegalStateException(name + ": wrote options " + values.keys().stream().map(Key::name).toList()
                    + ", declared " + options.stream().map(Key::name).toList());
        }
        return values;
    }
}
