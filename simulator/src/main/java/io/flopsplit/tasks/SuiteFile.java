package io.flopsplit.tasks;

import io.flopsplit.compute.Checks;
import io.flopsplit.yaml.Fields;
import io.flopsplit.yaml.InputError;
import io.flopsplit.yaml.YamlReader;
import java.nio.file.Path;

/**
 * Reads a task suite from YAML with {@link io.flopsplit.yaml}. Keys are the record components'
 * names; unknown keys are errors; every error is an {@link InputError} naming the key path, the
 * file and the line: {@code difficulty.sd: must be > 0, was -1 (suites/x.yaml:4)}. Example:
 * <pre>
 * id: my-suite                # default: the file name
 * difficulty:                 # normal | uniform | beta | logit-beta | mixture | list
 *   type: normal
 *   mean: 0
 *   sd: 2
 * discrimination: 1           # a, default 1
 * ability:                    # θ(L) = (referenceLoss − L)/lossScale; or give anchors instead
 *   lossScale: 0.0467
 * anchors:                    # one (with ability.lossScale) or two
 *   - {loss: 1.95, passAt1: 0.30}
 * distractors: {count: 10, zipfExponent: 0.9}   # the defaults
 * gridPoints: 1024            # default
 * </pre>
 * Other difficulty types: {@code uniform} (low, high), {@code beta} (alpha, beta, low = 0, high = 1),
 * {@code logit-beta} (alpha, beta, location = 0, scale = 1: b = location − scale·logit P, P ~ Beta,
 * a power-law left tail of per-problem success), {@code list} (values), {@code mixture} (components:
 * a list of {weight, distribution}).
 */
public final class SuiteFile {

    private SuiteFile() {
    }

    /** Reads and validates the suite in {@code file}. */
    public static TaskSuite read(Path file) {
        Fields root = Fields.of(YamlReader.read(file));
        String id = root.text("id", file.getFileName().toString().replaceFirst("\\.ya?ml$", ""));
        DifficultyDistribution difficulty = SuiteFileParts.distribution(root.required("difficulty"));
        double a = root.locate(() -> Checks.positive("discrimination", root.number("discrimination", 1)));
        int gridPoints = TaskSuite.GRID_POINTS.readInt(root);
        Distractors distractors = SuiteFileParts.distractors(root.section("distractors"));
        AbilityScale scale = SuiteFileParts.ability(root, GridCache.grid(difficulty, gridPoints), a);
        root.finish();
        return root.locate(() -> new TaskSuite(id, difficulty, a, scale, distractors, gridPoints, "suite file " + file));
    }
}
