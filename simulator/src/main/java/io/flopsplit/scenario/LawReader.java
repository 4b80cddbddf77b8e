package io.flopsplit.scenario;

import io.flopsplit.laws.LawProfile;
import io.flopsplit.laws.LawProfiles;
import io.flopsplit.yaml.Fields;
import io.flopsplit.yaml.YamlNode;
import java.util.List;
import java.util.Optional;

/**
 * Reads the {@code law} section: {@code profile} (an id of {@code flopsplit laws}, default
 * {@code chinchilla}, or custom constants written {@code custom:E=..,A=..,B=..,alpha=..,beta=..}) and
 * the optional {@code uncertainty}: {@code sd} (standard deviations of E, A, B, alpha and beta;
 * 0 fixes a constant) and {@code correlations} (a 5×5 matrix in that order, identity by default).
 */
final class LawReader {

    private LawReader() {
    }

    static LawSpec read(Fields law) {
        YamlNode.Location profileAt = law.node("profile").map(YamlNode::location).orElse(law.location());
        String id = law.text("profile", "chinchilla");
        LawProfile profile;
        try {
            profile = LawProfiles.resolve(id);
        } catch (IllegalArgumentException e) {
            throw profileAt.error(e.getMessage());
        }
        Optional<YamlNode> uncertainty = law.node("uncertainty");
        law.finish();
        if (uncertainty.isEmpty()) {
            return new LawSpec(profile, Optional.empty(), identity());
        }
        Fields spread = Fields.of(uncertainty.get());
        Fields sd = Fields.of(spread.required("sd"));
        double[] sds = new double[LawSpec.CONSTANTS.size()];
        for (int i = 0; i < sds.length; i++) {
            sds[i] = sd.number(LawSpec.CONSTANTS.get(i), 0);
        }
        sd.finish();
        double[][] correlations = spread.node("correlations").map(LawReader::matrix).orElse(identity());
        spread.finish();
        LawSpec spec = law.locate(() -> new LawSpec(profile, Optional.of(sds), correlations));
        spread.locate(spec::distribution);
        return spec;
    }

    private static double[][] matrix(YamlNode node) {
        List<List<Double>> rows = Fields.items(node).stream()
                .map(row -> Fields.items(row).stream().map(Fields::number).toList()).toList();
        int size = LawSpec.CONSTANTS.size();
        if (rows.size() != size || rows.stream().anyMatch(row -> row.size() != size)) {
            throw node.error("must be a " + size + "×" + size + " matrix (rows and columns in the order E, A, B,"
                    + " alpha, beta)");
        }
        double[][] matrix = new double[size][size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                matrix[i][j] = rows.get(i).get(j);
            }
        }
        return matrix;
    }

    static double[][] identity() {
        int size = LawSpec.CONSTANTS.size();
        double[][] identity = new double[size][size];
        for (int i = 0; i < size; i++) {
            identity[i][i] = 1;
        }
        return identity;
    }
}
