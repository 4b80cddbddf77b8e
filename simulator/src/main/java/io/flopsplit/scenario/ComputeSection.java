package io.flopsplit.scenario;

import io.flopsplit.compute.ComputeConvention;
import io.flopsplit.compute.Range;
import io.flopsplit.keys.Keys;
import io.flopsplit.keys.NumberKey;
import io.flopsplit.keys.Section;
import io.flopsplit.keys.Written;
import io.flopsplit.yaml.Fields;
import java.util.List;

/**
 * The scenario's {@code compute} section: FLOPs per parameter per token, for training (6, Kaplan et
 * al. 2020; Hoffmann et al. 2022 §3.3) and for inference (2, Kaplan et al. 2020 Eq. 2.2). A scenario
 * may raise them, for example to count attention FLOPs.
 *
 * @param convention the FLOPs convention
 */
public record ComputeSection(ComputeConvention convention) {

    public static final NumberKey TRAINING = Keys.number("trainingFlopsPerParamToken",
            "Training costs this many FLOPs per parameter per token, 6·N·D (Kaplan et al. 2020)", 6,
            Range.openClosed(0, 1e3));
    public static final NumberKey INFERENCE = Keys.number("inferenceFlopsPerParamToken",
            "Inference costs this many FLOPs per parameter per processed token, 2·N (Kaplan et al. 2020, Eq. 2.2)", 2,
            Range.openClosed(0, 1e3));
    public static final Section SECTION = Section.of("compute", "The FLOPs convention", List.of(TRAINING, INFERENCE));
    public static final ComputeSection DEFAULTS = read(Fields.empty());

    static ComputeSection read(Fields fields) {
        double training = TRAINING.read(fields);
        double inference = INFERENCE.read(fields);
        fields.finish();
        return new ComputeSection(new ComputeConvention(training, inference));
    }

    Written write() {
        return new Written().put(TRAINING, convention.trainingFlopsPerParamToken())
                .put(INFERENCE, convention.inferenceFlopsPerParamToken());
    }
}
