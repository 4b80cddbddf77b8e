package io.flopsplit.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of policy types by name, in registration order: the built-ins, registered here
 * explicitly, then any registered by users with {@link #register} (for example from a jar's
 * {@code ServiceLoader} entries, read by the command line). No classpath scanning. The oracle
 * weighs every other registered policy's default allocation as well as its own search.
 */
public final class Policies {

    private static final Map<String, PolicyType<?>> TYPES = new LinkedHashMap<>();

    static {
        register(ChinchillaPolicy.TYPE);
        register(KaplanPolicy.TYPE);
        register(FixedSplitPolicy.TYPE);
        register(InferenceAwarePolicy.TYPE);
        register(SmallPlusSearchPolicy.TYPE);
        register(SelectionHeavyPolicy.TYPE);
        register(AdaptiveDifficultyPolicy.TYPE);
        register(EarlyStopPolicy.TYPE);
        register(OraclePolicy.TYPE);
    }

    private Policies() {
    }

    /**
     * Registers {@code type}, so that scenarios can name it, until the returned registration is closed
     * (a program that registers its policies for good ignores it; a test or a notebook closes it).
     * Registering the same type again is allowed and changes nothing.
     *
     * @throws IllegalArgumentException if its name is taken by another type
     */
    public static synchronized Registration register(PolicyType<?> type) {
        PolicyType<?> taken = TYPES.get(type.name());
        if (taken != null && taken != type) {
            throw new IllegalArgumentException("policy '" + type.name() + "' is already registered ("
                    + taken.policyClass().getName() + "); " + type.policyClass().getName() + " cannot take its name");
        }
        TYPES.put(type.name(), type);
        return taken == null ? () -> unregister(type) : () -> { };
    }

    private static synchronized void unregister(PolicyType<?> type) {
        TYPES.remove(type.name(), type);
    }

    /** A registration that can be withdrawn: closing it unregisters the type. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /** Every registered type, in order. */
    public static synchronized List<PolicyType<?>> types() {
        return List.copyOf(TYPES.values());
    }

    /** The type registered as {@code name}. */
    public static synchronized Optional<PolicyType<?>> find(String name) {
        return Optional.ofNullable(TYPES.get(name));
    }

    /** The type registered as {@code name}; an unknown name is an error listing the known ones. */
    public static PolicyType<?> type(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("unknown policy '" + name + "'; known: "
                + String.join(", ", names())));
    }

    /** Every registered policy other than the oracle, at its defaults, in order. */
    public static List<Policy> rivals() {
        List<Policy> rivals = new ArrayList<>();
        for (PolicyType<?> type : types()) {
            if (type != OraclePolicy.TYPE) {
                rivals.add(type.create());
            }
        }
        return List.copyOf(rivals);
    }

    /** Every registered policy at its defaults, the oracle last. */
    public static List<Policy> all() {
        List<Policy> all = new ArrayList<>(rivals());
        all.add(OraclePolicy.TYPE.create());
        return List.copyOf(all);
    }

    /** The policy registered as {@code name}, at its defaults. */
    public static Policy create(String name) {
        return type(name).create();
    }

    /** The registered names, in order. */
    public static List<String> names() {
        return types().stream().map(PolicyType::name).toList();
    }
}
