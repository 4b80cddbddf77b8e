package io.flopsplit.scenario;

import io.flopsplit.policy.AdaptiveDifficultyPolicy;
import io.flopsplit.policy.EarlyStopPolicy;
import io.flopsplit.policy.FixedSplitPolicy;
import io.flopsplit.policy.OraclePolicy;
import io.flopsplit.policy.Policies;
import io.flopsplit.policy.Policy;
import io.flopsplit.policy.SmallPlusSearchPolicy;
import io.flopsplit.yaml.Fields;
import io.flopsplit.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the {@code policies} list: each item a built-in name, or a mapping with {@code name}, an
 * optional {@code label} (to compare one policy under two settings) and the policy's own options —
 * {@code trainingShare} and {@code strategy} for fixed-split and early-stop, {@code sizeRatio} and
 * {@code strategy} for small-plus-search, {@code trainingShare} for adaptive-difficulty. The oracle
 * weighs every listed policy as well as the built-ins' defaults.
 */
final class PolicyReader {

    private PolicyReader() {
    }

    static List<Policy> read(Fields root) {
        List<YamlNode> items = root.list("policies", node -> node);
        if (items.isEmpty()) {
            return Policies.all();
        }
        List<Policy> policies = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (YamlNode item : items) {
            Policy policy = item instanceof YamlNode.Mapping ? configured(Fields.of(item)) : named(item);
            if (!names.add(policy.name())) {
                throw item.error("policy '" + policy.name() + "' is listed twice; give one a label");
            }
            policies.add(policy);
        }
        return withInformedOracle(policies);
    }

    private static Policy named(YamlNode item) {
        String name = Fields.text(item);
        try {
            return Policies.create(name);
        } catch (IllegalArgumentException e) {
            throw item.error(e.getMessage());
        }
    }

    private static Policy configured(Fields fields) {
        YamlNode nameNode = fields.required("name");
        Policy defaults = named(nameNode);
        Policy policy = fields.locate(() -> switch (defaults.name()) {
            case "fixed-split" -> new FixedSplitPolicy(fields.number("trainingShare", FixedSplitPolicy.DEFAULT
                    .trainingShare()), fields.text("strategy", FixedSplitPolicy.DEFAULT.strategy()));
            case "small-plus-search" -> new SmallPlusSearchPolicy(fields.number("sizeRatio",
                    SmallPlusSearchPolicy.DEFAULT.sizeRatio()), fields.text("strategy",
                    SmallPlusSearchPolicy.DEFAULT.strategy()));
            case "adaptive-difficulty" -> new AdaptiveDifficultyPolicy(fields.number("trainingShare",
                    AdaptiveDifficultyPolicy.DEFAULT.trainingShare()));
            case "early-stop" -> new EarlyStopPolicy(fields.number("trainingShare",
                    EarlyStopPolicy.DEFAULT.trainingShare()), fields.text("strategy", EarlyStopPolicy.DEFAULT.strategy()));
            default -> defaults;
        });
        String label = fields.text("label", policy.name());
        fields.finish();
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
