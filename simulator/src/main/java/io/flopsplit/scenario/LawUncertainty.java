package io.flopsplit.scenario;

import io.flopsplit.keys.NodeKey;
import io.flopsplit.keys.Written;
import io.flopsplit.keys.YamlText;
import io.flopsplit.uncertainty.MultivariateNormal;
import io.flopsplit.yaml.Fields;
import io.flopsplit.yaml.YamlNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The uncertainty of a Chinchilla-form law's constants, as {@code law.uncertainty} writes it:
 * {@code sd} (standard deviations of E, A, B, alpha and beta; 0 fixes a constant) and
 * {@code correlations} (a 5×5 matrix in that order, the identity by default).
 *
 * @param sds the standard deviations, in the order of {@link #CONSTANTS}
 * @param correlations their correlation matrix, rows in the same order
 */
public record LawUncertainty(List<Double> sds, List<List<Double>> correlations) {

    /** The constants, in the order of the standard deviations and the matrix. */
    public static final List<String> CONSTANTS = List.of("E", "A", "B", "alpha", "beta");

    static final NodeKey<Optional<LawUncertainty>> KEY = new NodeKey<>("uncertainty",
            "Left out, the constants are known. Given, each trial draws its true law from a multivariate normal"
                    + " around the profile (Chinchilla-form laws only; draws that make no valid law are drawn again);"
                    + " only the oracle sees the draw. Example: {sd: {E: 0.03, A: 124.58, B: 1293.23, alpha: 0.02,"
                    + " beta: 0.02}, correlations: [[1, 0, 0, 0, 0], [0, 1, 0, 0, 0], [0, 0, 1, 0, 0], [0, 0, 0, 1, 0],"
                    + " [0, 0, 0, 0, 1]]} (the Epoch replication's standard errors)", Optional.empty(),
            "{sd: {E, A, B, alpha, beta}, correlations: 5x5 matrix}, or left out",
            node -> Optional.of(read(node)), value -> value.map(LawUncertainty::write), value -> value,
            Map.of("type", "object", "required", List.of("sd"), "additionalProperties", false,
                    "properties", Map.of("sd", Map.of("type", "object", "additionalProperties", false,
                            "properties", Map.of("E", Map.of("type", "number", "minimum", 0), "A",
                                    Map.of("type", "number", "minimum", 0), "B", Map.of("type", "number", "minimum", 0),
                                    "alpha", Map.of("type", "number", "minimum", 0), "beta",
                                    Map.of("type", "number", "minimum", 0))),
                            "correlations", Map.of("type", "array", "minItems", 5, "maxItems", 5, "items",
                                    Map.of("type", "array", "minItems", 5, "maxItems", 5,
                                            "items", Map.of("type", "number"))))));

    /** The largest standard deviation a constant may have: its draws' squares stay finite numbers. */
    static final double LARGEST_SD = 1e100;

    public LawUncertainty {
        sds = List.copyOf(sds);
        correlations = correlations.stream().map(List::copyOf).toList();
        if (sds.size() != CONSTANTS.size() || correlations.size() != CONSTANTS.size()
                || correlations.stream().anyMatch(row -> row.size() != CONSTANTS.size())) {
            throw new IllegalArgumentException("correlations: must be a 5×5 matrix (rows and columns in the order E,"
                    + " A, B, alpha, beta)");
        }
    }

    /** The uncertainty of standard deviations {@code sds} and correlations {@code correlations}, in the order of {@link #CONSTANTS}. */
    public static LawUncertainty of(double[] sds, double[][] correlations) {
        return new LawUncertainty(Arrays.stream(sds).boxed().toList(),
                Arrays.stream(correlations).map(row -> Arrays.stream(row).boxed().toList()).toList());
    }

    /** Known constants: every standard deviation 0 and the identity. */
    public static LawUncertainty none() {
        return new LawUncertainty(List.of(0.0, 0.0, 0.0, 0.0, 0.0), identity());
    }

    /** The multivariate normal of the constants around {@code means}. */
    public MultivariateNormal around(double[] means) {
        double[][] matrix = correlations.stream().map(row -> row.stream().mapToDouble(Double::doubleValue).toArray())
                .toArray(double[][]::new);
        return new MultivariateNormal(CONSTANTS, means, sds.stream().mapToDouble(Double::doubleValue).toArray(), matrix);
    }

    private static LawUncertainty read(YamlNode node) {
        Fields spread = Fields.of(node);
        Fields sd = Fields.of(spread.required("sd"));
        List<Double> sds = new ArrayList<>();
        for (String constant : CONSTANTS) {
            double value = sd.number(constant, 0);
            if (!(value >= 0 && value <= LARGEST_SD)) {
                throw sd.node(constant).orElseThrow().error("must be in [0, " + YamlText.number(LARGEST_SD)
                        + "] (a larger spread makes losses whose variance is not a finite number), was "
                        + YamlText.number(value));
            }
            sds.add(value);
        }
        sd.finish();
        List<List<Double>> correlations = spread.node("correlations").map(LawUncertainty::matrix).orElse(identity());
        spread.finish();
        return new LawUncertainty(sds, correlations);
    }

    private static List<List<Double>> matrix(YamlNode node) {
        List<List<Double>> rows = Fields.items(node).stream()
                .map(row -> Fields.items(row).stream().map(Fields::number).toList()).toList();
        if (rows.size() != CONSTANTS.size() || rows.stream().anyMatch(row -> row.size() != CONSTANTS.size())) {
            throw node.error("must be a " + CONSTANTS.size() + "×" + CONSTANTS.size()
                    + " matrix (rows and columns in the order E, A, B, alpha, beta)");
        }
        return rows;
    }

    private static List<List<Double>> identity() {
        List<List<Double>> identity = new ArrayList<>();
        for (int i = 0; i < CONSTANTS.size(); i++) {
            List<Double> row = new ArrayList<>();
            for (int j = 0; j < CONSTANTS.size(); j++) {
                row.add(i == j ? 1.0 : 0.0);
            }
            identity.add(row);
        }
        return identity;
    }

    /** As the scenario writes it: {@code sd} as a mapping, {@code correlations} one row per item. */
    Written written() {
        Written spreads = new Written();
        for (int i = 0; i < CONSTANTS.size(); i++) {
            spreads.text(CONSTANTS.get(i), YamlText.number(sds.get(i)));
        }
        List<String> rows = correlations.stream().map(row -> row.stream().map(YamlText::number)
                .collect(Collectors.joining(", ", "[", "]"))).toList();
        return new Written().text("sd", spreads.flow()).list("correlations", rows);
    }

    private String write() {
        return written().flow();
    }
}
