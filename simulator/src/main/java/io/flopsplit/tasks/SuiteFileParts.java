package io.flopsplit.tasks;

import io.flopsplit.compute.Checks;
import io.flopsplit.yaml.Fields;
import io.flopsplit.yaml.YamlNode;
import java.util.List;
import java.util.Optional;

/** The sections of a {@link SuiteFile}: difficulty, distractors, ability and anchors. */
final class SuiteFileParts {

    private SuiteFileParts() {
    }

    /** A difficulty distribution: a mapping with its {@code type} and that type's keys. */
    static DifficultyDistribution distribution(YamlNode node) {
        Fields fields = Fields.of(node);
        YamlNode type = fields.required("type");
        DifficultyDistribution distribution = switch (Fields.text(type)) {
            case "normal" -> fields.locate(() -> new DifficultyDistribution.Normal(fields.number("mean", 0),
                    Fields.number(fields.required("sd"))));
            case "uniform" -> fields.locate(() -> new DifficultyDistribution.Uniform(
                    Fields.number(fields.required("low")), Fields.number(fields.required("high"))));
            case "beta" -> fields.locate(() -> new DifficultyDistribution.Beta(Fields.number(fields.required("alpha")),
                    Fields.number(fields.required("beta")), fields.number("low", 0), fields.number("high", 1)));
            case "logit-beta" -> fields.locate(() -> new DifficultyDistribution.LogitBeta(
                    Fields.number(fields.required("alpha")), Fields.number(fields.required("beta")),
                    fields.number("location", 0), fields.number("scale", 1)));
            case "list" -> listed(fields.required("values"));
            case "mixture" -> fields.locate(() -> new DifficultyDistribution.Mixture(
                    Fields.items(fields.required("components")).stream().map(SuiteFileParts::component).toList()));
            default -> throw type.error("must be normal, uniform, beta, logit-beta, mixture or list, was '" + Fields.text(type) + "'");
        };
        fields.finish();
        return distribution;
    }

    private static DifficultyDistribution listed(YamlNode values) {
        List<Double> difficulties = Fields.items(values).stream().map(Fields::number).toList();
        if (difficulties.isEmpty()) {
            throw values.error("must not be empty");
        }
        return new DifficultyDistribution.Listed(difficulties);
    }

    private static DifficultyDistribution.Component component(YamlNode node) {
        Fields fields = Fields.of(node);
        DifficultyDistribution.Component component = fields.locate(() -> new DifficultyDistribution.Component(
                Fields.number(fields.required("weight")), distribution(fields.required("distribution"))));
        fields.finish();
        return component;
    }

    /** The spread of wrong answers; the math-like defaults where not given. */
    static Distractors distractors(Fields fields) {
        int count = Distractors.COUNT.readInt(fields);
        Distractors distractors = fields.locate(() -> new Distractors(count,
                fields.number("zipfExponent", SuitePresets.MATH_ZIPF_EXPONENT)));
        fields.finish();
        return distractors;
    }

    /**
     * The ability scale: {@code ability.referenceLoss} and {@code ability.lossScale} as given, or
     * calibrated on {@code grid} from {@code anchors} (one, with {@code ability.lossScale}, or two).
     */
    static AbilityScale ability(Fields root, DifficultyGrid grid, double discrimination) {
        Fields ability = root.section("ability");
        double referenceLoss = ability.number("referenceLoss", Double.NaN);
        double lossScale = ability.number("lossScale", Double.NaN);
        ability.finish();
        Optional<YamlNode> anchors = root.node("anchors");
        if (anchors.isEmpty()) {
            if (Double.isNaN(referenceLoss) || Double.isNaN(lossScale)) {
                throw ability.location().error("give ability.referenceLoss and ability.lossScale, or anchors");
            }
            return ability.locate(() -> new AbilityScale(referenceLoss, lossScale));
        }
        List<Anchor> given = Fields.items(anchors.get()).stream().map(SuiteFileParts::anchor).toList();
        if (given.size() == 1) {
            if (Double.isNaN(lossScale)) {
                throw anchors.get().error("one anchor needs ability.lossScale (or give two anchors)");
            }
            ability.locate(() -> Checks.positive("lossScale", lossScale));
        }
        return root.locate(() -> Calibration.fromAnchors(grid, discrimination, given, lossScale));
    }

    private static Anchor anchor(YamlNode node) {
        Fields fields = Fields.of(node);
        Anchor anchor = fields.locate(() -> new Anchor(Fields.number(fields.required("loss")),
                Fields.number(fields.required("passAt1"))));
        fields.finish();
        return anchor;
    }
}
