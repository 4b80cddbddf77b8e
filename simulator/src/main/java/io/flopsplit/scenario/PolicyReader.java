package io.flopsplit.scenario;

import io.flopsplit.keys.KeyValues;
import io.flopsplit.keys.Keys;
import io.flopsplit.keys.TextKey;
import io.flopsplit.policy.OraclePolicy;
import io.flopsplit.policy.Policies;
import io.flopsplit.policy.Policy;
import io.flopsplit.policy.PolicyType;
import io.flopsplit.yaml.Fields;
import io.flopsplit.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the {@code policies} list: each item a registered policy's name, or a mapping with
 * {@code name}, an optional {@code label} (to compare one policy under two settings) and the
 * policy's own options, as its {@link PolicyType} declares them. Left out, every registered policy at
 * its defaults. The oracle weighs every listed policy as well as the registered ones' defaults.
 */
final class PolicyReader {

    /** What the {@code policies} list holds, for the reference scenario and the JSON Schema. */
    static final String DESCRIPTION = "Left out: every registered policy (see `flopsplit policies`), in this order."
            + " A policy may take a label to appear twice: {name: fixed-split, label: split-30, trainingShare: 0.3}";
    static final String NAME = "name";
    static final TextKey LABEL = Keys.text("label",
            "The name the policy reports under, to compare one policy under two settings; left out, its name", "");

    private PolicyReader() {
    }

    static List<Policy> read(Fields root, String key) {
        List<YamlNode> items = root.list(key, node -> node);
        if (items.isEmpty()) {
            return Policies.all();
        }
        List<Policy> policies = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (YamlNode item : items) {
            Policy policy = item instanceof YamlNode.Mapping ? configured(Fields.of(item)) : create(type(item), item);
            if (!names.add(policy.name())) {
                throw item.error("policy '" + policy.name() + "' is listed twice; give one a label");
            }
            policies.add(policy);
        }
        return withInformedOracle(policies);
    }

    private static PolicyType<?> type(YamlNode name) {
        try {
            return Policies.type(Fields.text(name));
        } catch (IllegalArgumentException e) {
            throw name.error(e.getMessage());
        }
    }

    private static Policy create(PolicyType<?> type, YamlNode item) {
        try {
            return type.create();
        } catch (IllegalArgumentException e) {
            throw item.error(e.getMessage());
        }
    }

    private static Policy configured(Fields fields) {
        PolicyType<?> type = type(fields.required(NAME));
        KeyValues options = KeyValues.read(type.options(), fields);
        String given = LABEL.read(fields);
        String label = given.isEmpty() ? type.name() : given;
        fields.finish();
        Policy policy = fields.locate(() -> type.create(options));
        return label.equals(policy.name()) ? policy : new LabelledPolicy(label, policy);
    }

    /** Replaces a listed oracle by one that also weighs every listed policy. */
    private static List<Policy> withInformedOracle(List<Policy> policies) {
        List<Policy> rivals = new ArrayList<>(Policies.rivals());
        for (Policy policy : policies) {
            if (!(policy instanceof OraclePolicy) && !rivals.contains(policy)) {
                rivals.add(policy);
            }
        }
        return policies.stream().map(policy -> policy instanceof OraclePolicy ? new OraclePolicy(rivals) : policy)
                .toList();
    }
}
