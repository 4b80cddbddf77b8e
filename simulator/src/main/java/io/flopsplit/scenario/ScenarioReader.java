package io.flopsplit.scenario;

import io.flopsplit.keys.Keys;
import io.flopsplit.keys.Section;
import io.flopsplit.keys.TextKey;
import io.flopsplit.policy.Policy;
import io.flopsplit.yaml.Fields;
import io.flopsplit.yaml.InputError;
import io.flopsplit.yaml.Overlay;
import io.flopsplit.yaml.YamlNode;
import io.flopsplit.yaml.YamlReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a scenario file into one {@link Scenario}, or one per entry of its {@code variants} list
 * (each variant's keys laid over the rest of the file, its {@code name} appended to the scenario's).
 * Every key has a default (see {@code flopsplit reference}); unknown keys, wrong types and values out
 * of range are {@link InputError}s naming the file, line and key path — for a value a variant
 * overrides, the variant's line and {@code variants[i]} in the path.
 */
public final class ScenarioReader {

    static final TextKey NAME = Keys.text("name", "Shown in reports; left out, the file name without .yaml", "");
    static final TextKey QUESTION = Keys.text("question", "One line: what the scenario asks", "");
    static final TextKey BASELINE = Keys.text("baseline",
            "The policy paired differences are taken against; left out, the first policy", "");
    static final String POLICIES = "policies";
    /** The key paths of the sections, which a variant's keys merge into; any other value it gives replaces the file's. */
    private static final Set<String> SECTION_PATHS = sectionPaths(Scenario.SECTIONS, "");
    static final String VARIANTS = "variants";

    private ScenarioReader() {
    }

    private static Set<String> sectionPaths(List<Section> sections, String prefix) {
        Set<String> paths = new HashSet<>();
        for (Section section : sections) {
            paths.add(prefix + section.name());
            paths.addAll(sectionPaths(section.sections(), prefix + section.name() + "."));
        }
        return paths;
    }

    /** The scenarios in {@code file}. */
    public static List<Scenario> read(Path file) {
        return read(YamlReader.read(file), file);
    }

    /**
     * The scenarios in the parsed {@code root} of {@code file} (suite files are found next to it),
     * each checked to be runnable: every policy can play in its nominal world ({@link Feasibility}).
     */
    public static List<Scenario> read(YamlNode root, Path file) {
        return read(root, file, true);
    }

    /**
     * The scenarios in {@code file} as their keys say, without checking that their policies can play:
     * for examining a policy that fails, such as a counterexample of {@code flopsplit check}, whose
     * checked read would stop at that failure.
     */
    public static List<Scenario> readUnchecked(Path file) {
        return readUnchecked(YamlReader.read(file), file);
    }

    /** The scenarios as their keys say, without checking that their policies can play (a cheap read, for tests). */
    static List<Scenario> readUnchecked(YamlNode root, Path file) {
        return read(root, file, false);
    }

    private static List<Scenario> read(YamlNode root, Path file, boolean runnable) {
        if (!(root instanceof YamlNode.Mapping mapping)) {
            throw root.error("must be a mapping of scenario keys to values, was " + root.kind());
        }
        String base = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        List<YamlNode> variants = Fields.of(mapping).list(VARIANTS, node -> node);
        YamlNode.Mapping common = Overlay.without(mapping, VARIANTS);
        if (variants.isEmpty()) {
            return List.of(checked(common, base, file, "", runnable));
        }
        List<Scenario> scenarios = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < variants.size(); i++) {
            YamlNode variant = variants.get(i);
            Fields fields = Fields.of(variant);
            YamlNode nameNode = fields.required(NAME.name());
            String suffix = Fields.text(nameNode);
            if (!names.add(suffix)) {
                throw nameNode.error("variant '" + suffix + "' is named twice; give each variant its own name");
            }
            fields.node(VARIANTS).ifPresent(nested -> {
                throw nested.error("a variant cannot hold variants of its own");
            });
            YamlNode.Mapping overlay = Overlay.without((YamlNode.Mapping) variant, NAME.name());
            try {
                scenarios.add(checked((YamlNode.Mapping) Overlay.merge(common, overlay, SECTION_PATHS), base, file, suffix, runnable));
            } catch (InputError e) {
                throw inVariant(e, variant, suffix);
            }
        }
        return scenarios;
    }

    /** The scenario read from {@code node}, checked to be runnable ({@link Feasibility}) if asked. */
    private static Scenario checked(YamlNode.Mapping node, String base, Path file, String variant, boolean runnable) {
        Scenario scenario = scenario(node, base, file, variant);
        if (runnable) {
            Feasibility.check(scenario, node);
        }
        return scenario;
    }

    /**
     * An error in a variant's scenario: as it is when it points inside the variant; when it points at
     * a key of the file that the variant's own keys make wrong, it also names the variant.
     */
    private static InputError inVariant(InputError error, YamlNode variant, String name) {
        String path = variant.location().path();
        if (error.path().equals(path) || error.path().startsWith(path + ".") || error.path().startsWith(path + "[")) {
            return error;
        }
        return new InputError(error.source(), error.line(), error.path(), error.problem() + " in variant '" + name
                + "' (" + path + ", line " + variant.location().line() + ")");
    }

    private static Scenario scenario(YamlNode.Mapping node, String base, Path file, String variant) {
        Fields root = Fields.of(node);
        root.node(VARIANTS);
        String given = NAME.read(root);
        String name = (given.isEmpty() ? base : given) + (variant.isEmpty() ? "" : "/" + variant);
        String question = QUESTION.read(root);
        BudgetSection budget = BudgetSection.read(root.section("budget"));
        LawSection law = LawSection.read(root.section("law"));
        DataSection data = DataSection.read(root.section("data"));
        TasksSection tasks = TasksSection.read(root.section("tasks"), file);
        DeploymentSection deployment = DeploymentSection.read(root.section("deployment"));
        StrategiesSection strategies = StrategiesSection.read(root.section("strategies"));
        ComputeSection compute = ComputeSection.read(root.section("compute"));
        HardwareSection hardware = HardwareSection.read(root.section("hardware"));
        SimulationSection simulation = SimulationSection.read(root.section("simulation"));
        List<Policy> policies = PolicyReader.read(root, POLICIES);
        String baseline = BASELINE.read(root);
        MonteCarloSection montecarlo = MonteCarloSection.read(root.section("montecarlo"));
        root.finish();
        return root.locate(() -> new Scenario(name, question, budget, law, data, tasks, deployment, strategies, compute,
                hardware, simulation, policies, baseline.isEmpty() ? policies.get(0).name() : baseline, montecarlo));
    }
}
