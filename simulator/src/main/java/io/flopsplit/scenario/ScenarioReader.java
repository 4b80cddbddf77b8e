package io.flopsplit.scenario;

import io.flopsplit.compute.Checks;
import io.flopsplit.compute.ComputeConvention;
import io.flopsplit.data.DataPool;
import io.flopsplit.data.QualityMultiplier;
import io.flopsplit.data.SelectionOptions;
import io.flopsplit.engine.Hardware;
import io.flopsplit.policy.Policy;
import io.flopsplit.yaml.Fields;
import io.flopsplit.yaml.InputError;
import io.flopsplit.yaml.Overlay;
import io.flopsplit.yaml.YamlNode;
import io.flopsplit.yaml.YamlReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a scenario file into one {@link Scenario}, or one per entry of its {@code variants} list
 * (each variant's keys laid over the rest of the file, its {@code name} appended to the scenario's).
 * Every key has a default (see {@code scenarios/reference.yaml}); unknown keys, wrong types and
 * values out of range are {@link InputError}s naming the file, line and key path.
 */
public final class ScenarioReader {

    private ScenarioReader() {
    }

    /** The scenarios in {@code file}. */
    public static List<Scenario> read(Path file) {
        YamlNode root = YamlReader.read(file);
        if (!(root instanceof YamlNode.Mapping mapping)) {
            throw root.error("must be a mapping of scenario keys to values, was " + root.kind());
        }
        String base = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        Fields top = Fields.of(mapping);
        List<YamlNode> variants = top.list("variants", node -> node);
        YamlNode.Mapping common = Overlay.without(mapping, "variants");
        if (variants.isEmpty()) {
            return List.of(scenario(common, base, file, ""));
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (YamlNode variant : variants) {
            Fields fields = Fields.of(variant);
            String suffix = Fields.text(fields.required("name"));
            YamlNode.Mapping overlay = Overlay.without((YamlNode.Mapping) variant, "name");
            scenarios.add(scenario((YamlNode.Mapping) Overlay.merge(common, overlay), base, file, suffix));
        }
        return scenarios;
    }

    private static Scenario scenario(YamlNode.Mapping node, String base, Path file, String variant) {
        Fields root = Fields.of(node);
        root.node("variants");
        String name = root.text("name", base) + (variant.isEmpty() ? "" : "/" + variant);
        String question = root.text("question", "");
        Fields budget = root.section("budget");
        double total = budget.locate(() -> positive("total", budget.number("total", 1e23)));
        budget.finish();
        LawSpec law = LawReader.read(root.section("law"));
        Fields data = root.section("data");
        DataPool pool = readPool(data);
        SelectionOptions selection = readSelection(data.section("selection"));
        data.finish();
        Sections.Tasks tasks = Sections.tasks(root, file);
        Sections.Demand demand = Sections.demand(root);
        Sections.Strategies strategies = Sections.strategies(root);
        ComputeConvention convention = readConvention(root.section("compute"));
        Fields hardwareFields = root.section("hardware");
        long devices = hardwareFields.whole("accelerators", 1024);
        Hardware hardware = hardwareFields.locate(() -> Hardware.cluster(
                (int) Checks.inRange("accelerators", devices, 1, Integer.MAX_VALUE),
                positive("peakFlopsPerSecond", hardwareFields.number("peakFlopsPerSecond", 989e12)),
                hardwareFields.number("utilisation", 0.4)));
        int accelerators = (int) devices;
        hardwareFields.finish();
        Sections.Simulation simulation = Sections.simulation(root);
        List<Policy> policies = PolicyReader.read(root);
        String baseline = root.text("baseline", policies.get(0).name());
        Scenario.MonteCarloSettings montecarlo = Sections.montecarlo(root);
        root.finish();
        return root.locate(() -> new Scenario(name, question, total, law, pool, selection, tasks.id(), tasks.suite(),
                demand.queries(), demand.simulated(), demand.windowDays(), demand.arrivals(), demand.exhaustion(),
                demand.promptTokens(), demand.answerTokens(), strategies.verifierAuc(), strategies.rest(), convention,
                hardware, accelerators, simulation.horizonDays(), simulation.trainingChunks(),
                simulation.selectionBatches(), policies, baseline, montecarlo));
    }

    static double positive(String name, double value) {
        return Checks.positive(name, value);
    }

    private static DataPool readPool(Fields data) {
        double tokens = data.number("poolTokens", 1e13);
        double unique = data.number("uniqueTokens", tokens);
        return data.locate(() -> new DataPool(positive("poolTokens", tokens), positive("uniqueTokens", unique)));
    }

    private static SelectionOptions readSelection(Fields selection) {
        SelectionOptions defaults = SelectionOptions.DEFAULTS;
        SelectionOptions options = selection.locate(() -> new SelectionOptions(
                selection.number("proxyParams", defaults.proxyParams()),
                selection.number("flopsPerParamToken", defaults.flopsPerParamToken()),
                selection.number("keptFraction", defaults.keptFraction()),
                new QualityMultiplier(selection.number("gamma", defaults.quality().gamma()),
                        selection.number("maxMultiplier", defaults.quality().maxMultiplier()))));
        selection.finish();
        return options;
    }

    private static ComputeConvention readConvention(Fields compute) {
        ComputeConvention convention = compute.locate(() -> new ComputeConvention(
                compute.number("trainingFlopsPerParamToken", 6), compute.number("inferenceFlopsPerParamToken", 2)));
        compute.finish();
        return convention;
    }
}
