package io.flopsplit.scenario;

import io.flopsplit.arrivals.Arrivals;
import io.flopsplit.compute.Checks;
import io.flopsplit.engine.deployment.Exhaustion;
import io.flopsplit.inference.StrategyParameters;
import io.flopsplit.tasks.SuiteFile;
import io.flopsplit.tasks.SuitePresets;
import io.flopsplit.tasks.TaskSuite;
import io.flopsplit.uncertainty.Fixed;
import io.flopsplit.uncertainty.Uncertain;
import io.flopsplit.yaml.Fields;
import io.flopsplit.yaml.YamlNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Readers of the scenario's smaller sections, each with its documented defaults. */
final class Sections {

    /** The most queries a trial simulates (the engine keeps one record per query for exact percentiles). */
    private static final double MAX_SIMULATED_QUERIES = io.flopsplit.engine.deployment.Demand.MAX_EXPECTED_QUERIES;

    private Sections() {
    }

    record Tasks(String id, TaskSuite suite) {
    }

    record Demand(Uncertain queries, double simulated, double windowDays, Arrivals arrivals, Exhaustion exhaustion,
                  double promptTokens, double answerTokens) {
    }

    record Strategies(Uncertain verifierAuc, StrategyParameters rest) {
    }

    record Simulation(double horizonDays, int trainingChunks, int selectionBatches) {
    }

    /** {@code tasks.suite}: a preset id, or a suite file relative to the scenario file. */
    static Tasks tasks(Fields root, Path file) {
        Fields tasks = root.section("tasks");
        YamlNode.Location at = tasks.node("suite").map(YamlNode::location).orElse(tasks.location());
        String id = tasks.text("suite", "math-like");
        tasks.finish();
        if (SuitePresets.all().stream().anyMatch(suite -> suite.id().equals(id))) {
            return new Tasks(id, SuitePresets.resolve(id));
        }
        Path suiteFile = file.toAbsolutePath().getParent().resolve(id);
        if (!Files.isRegularFile(suiteFile)) {
            throw at.error("unknown suite '" + id + "': not a preset (" + String.join(", ",
                    SuitePresets.all().stream().map(TaskSuite::id).toList()) + ") nor a file next to the scenario");
        }
        return new Tasks(id, SuiteFile.read(suiteFile));
    }

    static Demand demand(Fields root) {
        Fields d = root.section("deployment");
        Uncertain queries = d.node("queries").map(Distributions::read).orElse(new Fixed(1e9));
        if (queries.low() < 0) {
            throw d.node("queries").orElseThrow().error("must not go below 0 queries; truncate it with low: 0");
        }
        double simulated = d.number("simulatedQueries", 1e4);
        double window = d.number("windowDays", 90);
        Arrivals arrivals = d.node("arrivals").map(Sections::arrivals).orElse(Arrivals.poisson());
        Exhaustion exhaustion = d.node("exhaustion").map(Sections::exhaustion).orElse(Exhaustion.SERVE_PAID);
        double prompt = d.number("promptTokens", 200);
        double answer = d.number("answerTokens", 280);
        Demand demand = d.locate(() -> new Demand(queries, Checks.inRange("simulatedQueries", simulated, 1,
                        MAX_SIMULATED_QUERIES),
                ScenarioReader.positive("windowDays", window), arrivals, exhaustion,
                Checks.nonNegative("promptTokens", prompt),
                ScenarioReader.positive("answerTokens", answer)));
        d.finish();
        return demand;
    }

    /** {@code poisson}, or {@code {curve: [[windowFraction, relativeRate], ...]}}. */
    private static Arrivals arrivals(YamlNode node) {
        if (node instanceof YamlNode.Scalar) {
            if (!Fields.text(node).equals("poisson")) {
                throw node.error("must be poisson or {curve: [[windowFraction, relativeRate], ...]}");
            }
            return Arrivals.poisson();
        }
        Fields fields = Fields.of(node);
        List<Double> pairs = new ArrayList<>();
        for (YamlNode knot : Fields.items(fields.required("curve"))) {
            List<YamlNode> pair = Fields.items(knot);
            if (pair.size() != 2) {
                throw knot.error("must be a pair [windowFraction, relativeRate]");
            }
            pairs.add(Fields.number(pair.get(0)));
            pairs.add(Fields.number(pair.get(1)));
        }
        fields.finish();
        return fields.locate(() -> Arrivals.demandCurve(pairs.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    private static Exhaustion exhaustion(YamlNode node) {
        String text = Fields.text(node);
        for (Exhaustion rule : Exhaustion.values()) {
            if (rule.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(text)) {
                return rule;
            }
        }
        throw node.error("must be serve-paid, fallback-greedy or drop, was '" + text + "'");
    }

    static String exhaustionId(Exhaustion rule) {
        return rule.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Strategies strategies(Fields root) {
        Fields s = root.section("strategies");
        StrategyParameters d = StrategyParameters.DEFAULTS;
        Uncertain auc = s.node("verifierAuc").map(Distributions::read)
                .orElse(new Fixed(d.verifierAuc()));
        double verifierParams = s.number("verifierParams", Double.NaN);
        StrategyParameters rest = s.locate(() -> new StrategyParameters(auc.mean(), verifierParams,
                s.number("prmAuc", d.prmAuc()), (int) s.whole("steps", d.steps()), (int) s.whole("branching", d.branching()),
                s.number("cotBoostPerDoubling", d.cotBoostPerDoubling()), s.number("cotMaxBoost", d.cotMaxBoost()),
                s.number("fixRate", d.fixRate()), s.number("breakRate", d.breakRate()),
                s.number("difficultyNoise", d.difficultyNoise()), (int) s.whole("bins", d.bins())));
        if (auc.low() <= 0.5 || auc.high() > 1) {
            throw s.node("verifierAuc").orElseThrow().error("must stay in (0.5, 1]; bound the distribution with low"
                    + " and high");
        }
        s.finish();
        return new Strategies(auc, rest);
    }

    static Simulation simulation(Fields root) {
        Fields s = root.section("simulation");
        double horizon = s.number("horizonDays", 730);
        long chunks = s.whole("trainingChunks", 10);
        long batches = s.whole("selectionBatches", 10);
        Simulation simulation = s.locate(() -> new Simulation(ScenarioReader.positive("horizonDays", horizon),
                (int) Checks.inRange("trainingChunks", chunks, 1, 100_000),
                (int) Checks.inRange("selectionBatches", batches, 1, 100_000)));
        s.finish();
        return simulation;
    }

    static Scenario.MonteCarloSettings montecarlo(Fields root) {
        Fields m = root.section("montecarlo");
        Scenario.MonteCarloSettings settings = m.locate(() -> new Scenario.MonteCarloSettings(m.whole("trials", 1000),
                m.whole("seed", 1), m.number("precision", 0), m.number("level", 0.95)));
        m.finish();
        return settings;
    }
}
