package io.flopsplit.tasks;

import java.util.ArrayList;
import java.util.List;

/** The sections of a {@link SuiteFile}: difficulty, distractors, ability and anchors. */
final class SuiteFileParts {

    private SuiteFileParts() {
    }

    static DifficultyDistribution distribution(SuiteFile file, SuiteFile.Node node) {
        String type = node.required(file, "type").node().asText();
        switch (type) {
            case "normal" -> {
                node.allow(file, "type", "mean", "sd");
                return file.checked(node, () -> new DifficultyDistribution.Normal(
                        optional(file, node, "mean", 0), file.number(node.required(file, "sd"))));
            }
            case "uniform" -> {
                node.allow(file, "type", "low", "high");
                return file.checked(node, () -> new DifficultyDistribution.Uniform(
                        file.number(node.required(file, "low")), file.number(node.required(file, "high"))));
            }
            case "beta" -> {
                node.allow(file, "type", "alpha", "beta", "low", "high");
                return file.checked(node, () -> new DifficultyDistribution.Beta(file.number(node.required(file, "alpha")),
                        file.number(node.required(file, "beta")), optional(file, node, "low", 0),
                        optional(file, node, "high", 1)));
            }
            case "list" -> {
                node.allow(file, "type", "values");
                List<Double> values = new ArrayList<>();
                for (SuiteFile.Node value : node.required(file, "values").elements(file)) {
                    values.add(file.number(value));
                }
                return file.checked(node, () -> new DifficultyDistribution.Listed(values));
            }
            case "mixture" -> {
                node.allow(file, "type", "components");
                List<DifficultyDistribution.Component> components = new ArrayList<>();
                for (SuiteFile.Node component : node.required(file, "components").elements(file)) {
                    component.allow(file, "weight", "distribution");
                    double weight = file.number(component.required(file, "weight"));
                    DifficultyDistribution part = distribution(file, component.required(file, "distribution"));
                    components.add(file.checked(component, () -> new DifficultyDistribution.Component(weight, part)));
                }
                return file.checked(node, () -> new DifficultyDistribution.Mixture(components));
            }
            default -> throw file.error(node.get("type"),
                    "must be normal, uniform, beta, mixture or list, was '" + type + "'");
        }
    }

    static Distractors distractors(SuiteFile file, SuiteFile.Node node) {
        if (node == null) {
            return new Distractors(SuitePresets.MATH_DISTRACTORS, SuitePresets.MATH_ZIPF_EXPONENT);
        }
        node.allow(file, "count", "zipfExponent");
        return file.checked(node, () -> new Distractors((int) optional(file, node, "count",
                SuitePresets.MATH_DISTRACTORS), optional(file, node, "zipfExponent", SuitePresets.MATH_ZIPF_EXPONENT)));
    }

    static AbilityScale ability(SuiteFile file, SuiteFile.Node root, DifficultyDistribution difficulty,
            double discrimination, int gridPoints) {
        SuiteFile.Node ability = root.has("ability") ? root.get("ability") : null;
        if (ability != null) {
            ability.allow(file, "referenceLoss", "lossScale");
        }
        if (!root.has("anchors")) {
            if (ability == null || !ability.has("referenceLoss") || !ability.has("lossScale")) {
                throw file.error(ability == null ? root : ability,
                        "give ability.referenceLoss and ability.lossScale, or anchors");
            }
            return file.checked(ability, () -> new AbilityScale(file.number(ability.get("referenceLoss")),
                    file.number(ability.get("lossScale"))));
        }
        List<Anchor> anchors = new ArrayList<>();
        SuiteFile.Node list = root.get("anchors");
        for (SuiteFile.Node anchor : list.elements(file)) {
            anchor.allow(file, "loss", "passAt1");
            anchors.add(file.checked(anchor, () -> new Anchor(file.number(anchor.required(file, "loss")),
                    file.number(anchor.required(file, "passAt1")))));
        }
        if (anchors.size() == 1 && (ability == null || !ability.has("lossScale"))) {
            throw file.error(list, "one anchor needs ability.lossScale (or give two anchors)");
        }
        double scale = anchors.size() == 1 ? file.number(ability.get("lossScale")) : 1;
        DifficultyGrid grid = file.checked(root, () -> difficulty.grid(gridPoints));
        return file.checked(root, () -> Calibration.fromAnchors(grid, discrimination, anchors, scale));
    }

    private static double optional(SuiteFile file, SuiteFile.Node node, String key, double fallback) {
        return node.has(key) ? file.number(node.get(key)) : fallback;
    }
}
