package io.flopsplit.scenario;

import io.flopsplit.arrivals.Arrivals;
import io.flopsplit.keys.NodeKey;
import io.flopsplit.keys.YamlText;
import io.flopsplit.yaml.Fields;
import io.flopsplit.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The {@code deployment.arrivals} key: {@code poisson}, or {@code {curve: [[windowFraction, relativeRate], ...]}}. */
final class ArrivalsKey {

    static final NodeKey<Arrivals> KEY = new NodeKey<>("arrivals",
            "How queries arrive over the window: poisson, or a demand curve {curve: [[windowFraction, relativeRate],"
                    + " ...]} (an inhomogeneous Poisson process)", Arrivals.poisson(),
            "poisson or {curve: [[windowFraction, relativeRate], ...]}", ArrivalsKey::read,
            arrivals -> Optional.of(write(arrivals)), arrivals -> arrivals,
            Map.of("oneOf", List.of(Map.of("const", "poisson"), Map.of("type", "object", "required", List.of("curve"),
                    "additionalProperties", false, "properties", Map.of("curve", Map.of("type", "array", "minItems", 2,
                            "items", Map.of("type", "array", "minItems", 2, "maxItems", 2,
                                    "items", Map.of("type", "number"))))))));

    private ArrivalsKey() {
    }

    private static Arrivals read(YamlNode node) {
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

    private static String write(Arrivals arrivals) {
        if (arrivals instanceof Arrivals.DemandCurve curve) {
            return "{curve: [" + curve.knots().stream().map(knot -> "[" + YamlText.number(knot.windowFraction()) + ", "
                    + YamlText.number(knot.relativeRate()) + "]").collect(Collectors.joining(", ")) + "]}";
        }
        return "poisson";
    }
}
