package io.flopsplit.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The built-in policies, registered explicitly by name (no classpath scanning), each with its
 * documented defaults. The oracle weighs every other built-in's allocation as well as its own search.
 */
public final class Policies {

    private Policies() {
    }

    /** Every built-in policy other than the oracle, in report order. */
    public static List<Policy> rivals() {
        return List.of(new ChinchillaPolicy(), new KaplanPolicy(), FixedSplitPolicy.DEFAULT,
                new InferenceAwarePolicy(), SmallPlusSearchPolicy.DEFAULT, new SelectionHeavyPolicy(),
                AdaptiveDifficultyPolicy.DEFAULT, EarlyStopPolicy.DEFAULT);
    }

    /** Every built-in policy, the oracle last. */
    public static List<Policy> all() {
        List<Policy> all = new ArrayList<>(rivals());
        all.add(new OraclePolicy(rivals()));
        return List.copyOf(all);
    }

    /** The built-in policy called {@code name}, with its defaults. */
    public static Optional<Policy> find(String name) {
        return all().stream().filter(policy -> policy.name().equals(name)).findFirst();
    }

    /** The built-in policy called {@code name}; an unknown name is an error listing the known ones. */
    public static Policy create(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("unknown policy '" + name + "'; known: "
                + String.join(", ", names())));
    }

    /** The built-ins' names. */
    public static List<String> names() {
        return all().stream().map(Policy::name).toList();
    }
}
