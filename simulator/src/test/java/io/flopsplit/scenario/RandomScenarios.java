package io.flopsplit.scenario;

import io.flopsplit.compute.NumberText;
import io.flopsplit.compute.Range;
import io.flopsplit.inference.Adaptive;
import io.flopsplit.inference.DifficultyEstimate;
import io.flopsplit.inference.VerifierKeys;
import io.flopsplit.inference.VerifierPreset;
import io.flopsplit.keys.ChoiceKey;
import io.flopsplit.keys.Key;
import io.flopsplit.keys.NodeKey;
import io.flopsplit.keys.NumberKey;
import io.flopsplit.keys.OptionalNumberKey;
import io.flopsplit.keys.Section;
import io.flopsplit.keys.TextKey;
import io.flopsplit.keys.WholeKey;
import io.flopsplit.keys.YamlText;
import io.flopsplit.laws.ChinchillaLaw;
import io.flopsplit.laws.LawProfile;
import io.flopsplit.laws.LawProfiles;
import io.flopsplit.policy.Policies;
import io.flopsplit.policy.PolicyType;
import io.flopsplit.tasks.SuitePresets;
import io.flopsplit.tasks.TaskSuite;
import io.flopsplit.uncertainty.Uncertain;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Random valid scenario files, for property tests: every key of every section of
 * {@link Scenario#SECTIONS} may appear, with a random value its declaration allows (numbers over
 * their whole range, extremes included; whole numbers exact to 19 digits; distributions of every
 * kind inside their key's range), so a newly declared key is generated without a change here — a
 * new kind of {@link NodeKey} fails with a request for a generator. Policies come from the
 * registry with random options and labels, variants with random names override random sections.
 * Labels and names are drawn from YAML's traps: reserved words, numbers, indicators, quotes,
 * {@code #}, colons, control characters, line separators and characters beyond the BMP. Values are
 * drawn from QuickTheories' randomness, so a failure shrinks.
 */
public final class RandomScenarios {

    /** Texts YAML gives a meaning to, or that look like other values. */
    private static final List<String> TRAPS = List.of("null", "Null", "NULL", "~", "true", "False", "yes", "no", "on",
            "off", "y", "n", "1e3", "0x1F", "0o17", ".inf", "-.inf", ".nan", "12:30", "2024-01-01", "-", " ", "  lead",
            "trail  ", "a: b", "a:b", "#hash", "a #b", "\"quoted\"", "'single'", "back\\slash", "tab\there",
            "new\nline", "cr\rlf", "bell\u0007", "del\u007f", "nel\u0085", "nbsp\u00a0", "\u2028sep", "bom\ufeff",
            "emoji \ud83d\ude42", "lone \ud800", "ünïcödé", "[list]", "{map}", "*alias", "&anchor", "!tag", "%pct", "@at", "`tick",
            "|pipe", ">fold", "- dash", "? q", ",comma", "a/b", "q/../../../escaped", "R ≫ 1");
    /** Code points random texts are made of: ASCII, controls, Latin-1, line separators, an astral plane. */
    private static final int[][] CODE_POINTS = {{0x20, 0x7e}, {0x00, 0x1f}, {0x7f, 0xff}, {0x2028, 0x2029},
        {0x1f600, 0x1f64f}, {0x4e00, 0x4e20}};

    private RandomScenarios() {
    }

    /** Draws from QuickTheories' randomness source. */
    public static final class Draw {
        private final RandomnessSource in;

        public Draw(RandomnessSource in) {
            this.in = in;
        }

        public long between(long low, long high) {
            return in.next(Constraint.between(low, high));
        }

        public boolean percent(int chance) {
            return between(0, 99) < chance;
        }

        public double unit() {
            return between(0, 1L << 52) / (double) (1L << 52);
        }

        public <T> T pick(List<T> items) {
            return items.get((int) between(0, items.size() - 1));
        }
    }

    /** Scenario files as text. */
    static Gen<String> files() {
        return in -> file(new Draw(in));
    }

    static String file(Draw d) {
        StringBuilder y = new StringBuilder();
        if (d.percent(50)) {
            String name = label(d);
            y.append("name: ").append(YamlText.text(name.isBlank() ? "blank" + name : name)).append('\n');
        }
        if (d.percent(30)) {
            y.append("question: ").append(YamlText.text(label(d))).append('\n');
        }
        for (Section section : Scenario.SECTIONS) {
            if (d.percent(60)) {
                y.append(section.name()).append(": ").append(section(section, d, false)).append('\n');
            }
        }
        List<String> names = new ArrayList<>();
        if (d.percent(70)) {
            y.append("policies:\n");
            for (String item : policies(d, names)) {
                y.append("  - ").append(item).append('\n');
            }
        } else {
            Policies.all().forEach(policy -> names.add(policy.name()));
        }
        if (d.percent(30)) {
            y.append("baseline: ").append(YamlText.text(d.pick(names))).append('\n');
        }
        if (d.percent(30)) {
            y.append("variants:\n");
            Set<String> variantNames = new HashSet<>();
            for (int i = 0, count = (int) d.between(1, 3); i < count; i++) {
                String name = label(d);
                if (!variantNames.add(name)) {
                    continue;
                }
                y.append("  - name: ").append(YamlText.text(name)).append('\n');
                for (Section section : Scenario.SECTIONS) {
                    if (d.percent(25)) {
                        y.append("    ").append(section.name()).append(": ").append(section(section, d, true))
                                .append('\n');
                    }
                }
            }
        }
        return y.isEmpty() ? "{}\n" : y.toString();
    }

    /**
     * A section as a flow mapping with a random subset of its keys. In a variant, keys whose valid
     * values depend on the file's other keys are written together (the pool's size with its unique
     * tokens) or kept compatible (a law that takes uncertainty).
     */
    private static String section(Section section, Draw d, boolean inVariant) {
        List<String> entries = new ArrayList<>();
        double poolTokens = DataSection.POOL_TOKENS.defaultValue();
        boolean bothPoolKeys = inVariant && section.name().equals(DataSection.SECTION.name()) && d.percent(50);
        boolean strategies = section.name().equals(StrategiesSection.SECTION.name());
        if (strategies) {
            // the custom verifier's constants are read only with verifier: custom (a preset fixes them)
            entries.add(VerifierKeys.PRESET.name() + ": " + VerifierPreset.CUSTOM);
        }
        for (Key<?> key : section.keys()) {
            if (strategies && key == VerifierKeys.PRESET) {
                continue;
            }
            boolean pool = key == DataSection.POOL_TOKENS || key == DataSection.UNIQUE_TOKENS;
            if (pool && inVariant ? !bothPoolKeys : !d.percent(60)) {
                continue;
            }
            if (key == DataSection.POOL_TOKENS) {
                poolTokens = number(DataSection.POOL_TOKENS.range(), d);
                entries.add(key.name() + ": " + YamlText.number(poolTokens));
            } else if (key == DataSection.UNIQUE_TOKENS) {
                entries.add(key.name() + ": " + YamlText.number(Math.max(1, Math.floor(poolTokens * d.unit()))));
            } else if (key == LawSection.PROFILE) {
                entries.add(key.name() + ": " + YamlText.text(profile(d, inVariant)));
            } else if (key == LawUncertainty.KEY) {
                continue;
            } else {
                entries.add(key.name() + ": " + value(key, d));
            }
        }
        if (section == LawSection.SECTION && entries.stream().anyMatch(e -> e.startsWith("profile: "))
                && chinchillaForm(entries) && d.percent(40)) {
            entries.add(LawUncertainty.KEY.name() + ": " + uncertainty(d));
        }
        for (Section nested : section.sections()) {
            if (d.percent(50)) {
                entries.add(nested.name() + ": " + section(nested, d, inVariant));
            }
        }
        return "{" + String.join(", ", entries) + "}";
    }

    private static boolean chinchillaForm(List<String> entries) {
        String profile = entries.stream().filter(e -> e.startsWith("profile: ")).findFirst().orElseThrow()
                .substring("profile: ".length()).replace("\"", "");
        return LawProfiles.resolve(profile).law() instanceof ChinchillaLaw;
    }

    /** A law profile; every one the file may hold (a variant's must take the file's uncertainty). */
    private static String profile(Draw d, boolean chinchillaFormOnly) {
        if (d.percent(30)) {
            return "custom:E=" + NumberText.exact(d.unit() * 3) + ",A=" + NumberText.exact(1 + d.unit() * 1e4)
                    + ",B=" + NumberText.exact(1 + d.unit() * 1e4) + ",alpha=" + NumberText.exact(0.05 + d.unit())
                    + ",beta=" + NumberText.exact(0.05 + d.unit());
        }
        List<String> ids = LawProfiles.all().stream()
                .filter(p -> !chinchillaFormOnly || p.law() instanceof ChinchillaLaw).map(LawProfile::id).toList();
        return d.pick(ids);
    }

    private static String uncertainty(Draw d) {
        List<String> sds = new ArrayList<>();
        for (String constant : LawUncertainty.CONSTANTS) {
            if (d.percent(70)) {
                sds.add(constant + ": " + NumberText.exact(d.unit() * (constant.startsWith("a") || constant.startsWith("b")
                        ? 0.02 : constant.equals("E") ? 0.05 : 100)));
            }
        }
        String correlations = "";
        if (d.percent(50)) {
            double r = d.unit() * 0.9;
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                List<String> row = new ArrayList<>();
                for (int j = 0; j < 5; j++) {
                    row.add(i == j ? "1" : (i == 1 && j == 3 || i == 3 && j == 1) ? NumberText.exact(r) : "0");
                }
                rows.add("[" + String.join(", ", row) + "]");
            }
            correlations = ", correlations: [" + String.join(", ", rows) + "]";
        }
        return "{sd: {" + String.join(", ", sds) + "}" + correlations + "}";
    }

    /** A random value of {@code key}, as YAML flow text. */
    static String value(Key<?> key, Draw d) {
        if (key instanceof NumberKey number) {
            return YamlText.number(number(number.range(), d));
        }
        if (key instanceof OptionalNumberKey optional) {
            return YamlText.number(number(optional.range(), d));
        }
        if (key instanceof WholeKey whole) {
            return whole(whole.low(), whole.high(), d);
        }
        if (key instanceof ChoiceKey choice) {
            // a scenario refuses adaptive's oracle-difficulty bound (ScenarioReaderTest checks the message)
            return YamlText.text(d.pick(choice.choices().get().stream()
                    .filter(id -> choice != Adaptive.DIFFICULTY_ESTIMATE || DifficultyEstimate.deployable(id)).toList()));
        }
        if (key instanceof TextKey) {
            return YamlText.text(label(d));
        }
        NodeKey<?> node = (NodeKey<?>) key;
        if (node.defaultValue() instanceof Uncertain) {
            return distribution(schemaRange(node), d);
        }
        if (node == DeploymentSection.ARRIVALS) {
            return arrivals(d);
        }
        if (node.name().equals("suite")) {
            return YamlText.text(d.pick(SuitePresets.all().stream().map(TaskSuite::id).toList()));
        }
        throw new AssertionError("no generator for " + node.name() + " (" + node.domain() + "): add one to RandomScenarios");
    }

    /** A number in {@code range}: uniform where it is narrow, uniform in the exponent where it spans decades. */
    static double number(Range range, Draw d) {
        double low = Double.isFinite(range.low()) ? range.low() : -1e300;
        double high = Double.isFinite(range.high()) ? range.high() : 1e300;
        double value;
        if (d.percent(10)) {
            value = d.percent(50) ? low : high;
        } else if (low >= 0 && high / Math.max(low, Double.MIN_NORMAL) > 1e3) {
            double bottom = Math.log10(Math.max(low, 1e-300));
            value = Math.pow(10, bottom + d.unit() * (Math.log10(high) - bottom));
        } else if (low < 0 && high > 0 && high - low > 1e3) {
            value = (d.percent(50) ? -1 : 1) * Math.pow(10, d.unit() * 300 - 150);
        } else {
            value = low + d.unit() * (high - low);
        }
        return range.contains(value) ? value : range.contains((low + high) / 2) ? (low + high) / 2 : Math.nextUp(low);
    }

    /** A whole number in [low, high], exact, in one of the notations a file may use. */
    private static String whole(long low, long high, Draw d) {
        long value;
        if (high - low > 1_000_000 || high - low < 0) {
            double exponent = d.unit() * Math.log10(Math.max(2, (double) high));
            value = Math.max(low, Math.min(high, (long) Math.pow(10, exponent) + d.between(0, 9)));
        } else {
            value = d.between(low, high);
        }
        if (d.percent(15)) {
            return String.format("%,d", value).replace(',', '_');
        }
        BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
        return d.percent(20) && exact.scale() < 0 ? exact.toString().replace("E+", "e") : Long.toString(value);
    }

    /** The range a distribution key's schema declares for its plain numbers. */
    @SuppressWarnings("unchecked")
    private static Range schemaRange(NodeKey<?> key) {
        Map<String, Object> number = ((List<Map<String, Object>>) key.schema().get("oneOf")).get(0);
        double low = ((Number) number.getOrDefault("minimum", number.getOrDefault("exclusiveMinimum",
                Double.NEGATIVE_INFINITY))).doubleValue();
        double high = ((Number) number.getOrDefault("maximum", number.getOrDefault("exclusiveMaximum",
                Double.POSITIVE_INFINITY))).doubleValue();
        return new Range(low, !number.containsKey("minimum"), high, !number.containsKey("maximum"));
    }

    /** A number or a distribution whose every draw lies in {@code range}. */
    private static String distribution(Range range, Draw d) {
        double a = number(range, d);
        double b = number(range, d);
        double low = Math.min(a, b);
        double high = Math.max(a, b);
        String span = "low: " + NumberText.exact(low) + ", high: " + NumberText.exact(high);
        int kind = (int) d.between(0, 5);
        if (low == high || kind == 0) {
            return NumberText.exact(a);
        }
        double inside = low + d.unit() * (high - low);
        return switch (kind) {
            case 1 -> "{uniform: {" + span + "}}";
            case 2 -> "{normal: {mean: " + NumberText.exact(inside) + ", sd: "
                    + NumberText.exact(Math.max(Double.MIN_NORMAL, (high - low) * (0.01 + d.unit()))) + ", " + span + "}}";
            case 3 -> "{triangular: {low: " + NumberText.exact(low) + ", mode: " + NumberText.exact(inside) + ", high: "
                    + NumberText.exact(high) + "}}";
            case 4 -> "{beta: {alpha: " + NumberText.exact(0.1 + 10 * d.unit()) + ", beta: "
                    + NumberText.exact(0.1 + 10 * d.unit()) + ", " + span + "}}";
            default -> range.containsAll(Double.MIN_NORMAL, Double.MAX_VALUE)
                    ? "{lognormal: {median: " + NumberText.exact(Math.max(Double.MIN_NORMAL, inside)) + ", sigma: "
                            + NumberText.exact(0.01 + 3 * d.unit()) + "}}"
                    : "{uniform: {" + span + "}}";
        };
    }

    private static String arrivals(Draw d) {
        if (d.percent(50)) {
            return "poisson";
        }
        List<String> knots = new ArrayList<>();
        int inner = (int) d.between(0, 4);
        double fraction = 0;
        knots.add("[0, " + NumberText.exact(1 + 10 * d.unit()) + "]");
        for (int i = 0; i < inner; i++) {
            fraction += (1 - fraction) * (0.05 + 0.5 * d.unit());
            knots.add("[" + NumberText.exact(fraction) + ", " + NumberText.exact(10 * d.unit()) + "]");
        }
        knots.add("[1, " + NumberText.exact(10 * d.unit()) + "]");
        return "{curve: [" + String.join(", ", knots) + "]}";
    }

    /** One to five registered policies with random options and labels, names unique; their names go into {@code names}. */
    private static List<String> policies(Draw d, List<String> names) {
        List<PolicyType<?>> types = Policies.all().stream().<PolicyType<?>>map(p -> p.type()).toList();
        List<String> items = new ArrayList<>();
        Set<String> taken = new LinkedHashSet<>();
        for (int i = 0, count = (int) d.between(1, 5); i < count; i++) {
            PolicyType<?> type = d.pick(types);
            boolean labelled = d.percent(50) || taken.contains(type.name());
            String name = labelled ? label(d) : type.name();
            if (!taken.add(name)) {
                continue;
            }
            names.add(name);
            List<String> entries = new ArrayList<>(List.of("name: " + YamlText.text(type.name())));
            if (labelled) {
                entries.add("label: " + YamlText.text(name));
            }
            for (Key<?> option : type.options()) {
                if (d.percent(60)) {
                    entries.add(option.name() + ": " + value(option, d));
                }
            }
            items.add(entries.size() == 1 && d.percent(50) ? YamlText.text(type.name())
                    : "{" + String.join(", ", entries) + "}");
        }
        return items;
    }

    /** A name or label: one of YAML's traps, or a random text of 1 to 12 code points. */
    public static String label(Draw d) {
        if (d.percent(40)) {
            return d.pick(TRAPS);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0, length = (int) d.between(1, 12); i < length; i++) {
            int[] span = CODE_POINTS[(int) d.between(0, d.percent(70) ? 0 : CODE_POINTS.length - 1)];
            text.appendCodePoint((int) d.between(span[0], span[1]));
        }
        return text.toString();
    }
}
