package io.flopsplit.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.yaml.InputError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuiteFileTest {

    /** A direct ability scale, one line; in these texts | stands for a newline. */
    private static final String SCALE = "ability: {referenceLoss: 2, lossScale: 0.05}|";

    @TempDir
    Path directory;

    private TaskSuite read(String text) throws Exception {
        return SuiteFile.read(Files.writeString(directory.resolve("suite.yaml"), text.replace("|", "\n")));
    }

    /** The message of the error reading {@code text}, with the file named suite.yaml. */
    private String error(String text) throws Exception {
        Path file = Files.writeString(directory.resolve("suite.yaml"), text.replace("|", "\n"));
        return assertThrows(InputError.class, () -> SuiteFile.read(file)).getMessage()
                .replace(file.toString(), "suite.yaml");
    }

    @Test
    void unwrittenKeysTakeTheirDefaults() throws Exception {
        TaskSuite suite = read("difficulty: {type: normal, sd: 2}\n" + SCALE);
        assertEquals(new TaskSuite("suite", new DifficultyDistribution.Normal(0, 2), 1, new AbilityScale(2, 0.05),
                new Distractors(SuitePresets.MATH_DISTRACTORS, SuitePresets.MATH_ZIPF_EXPONENT),
                TaskSuite.DEFAULT_GRID_POINTS, "suite file " + directory.resolve("suite.yaml")), suite);
    }

    @Test
    void everyKeyIsRead() throws Exception {
        TaskSuite suite = read("id: mine\ndifficulty: {type: uniform, low: -3, high: 3}\ndiscrimination: 1.5\n"
                + "ability: {lossScale: 0.05}\nanchors:\n  - {loss: 2.0, passAt1: 0.3}\n"
                + "distractors: {count: 4, zipfExponent: 0}\ngridPoints: 64\n");
        assertEquals("mine", suite.id());
        assertEquals(new DifficultyDistribution.Uniform(-3, 3), suite.difficulty());
        assertEquals(1.5, suite.discrimination());
        assertEquals(new Distractors(4, 0), suite.distractors());
        assertEquals(64, suite.gridPoints());
        assertEquals(0.05, suite.ability().lossScale());
        assertEquals(0.3, suite.passAt1(2.0), 1e-9);
    }

    @Test
    void twoAnchorsFixTheScale() throws Exception {
        TaskSuite suite = read("difficulty: {type: normal, sd: 2}\nanchors:\n  - {loss: 2.0, passAt1: 0.3}\n"
                + "  - {loss: 1.8, passAt1: 0.6}\n");
        assertEquals(0.3, suite.passAt1(2.0), 1e-9);
        assertEquals(0.6, suite.passAt1(1.8), 1e-9);
    }

    @Test
    void everyDifficultyType() throws Exception {
        assertEquals(new DifficultyDistribution.Beta(2, 3, -4, 4),
                read("difficulty: {type: beta, alpha: 2, beta: 3, low: -4, high: 4}\n" + SCALE).difficulty());
        assertEquals(new DifficultyDistribution.Listed(List.of(-1.0, 0.5, 2.0)),
                read("difficulty: {type: list, values: [-1, 0.5, 2]}\n" + SCALE).difficulty());
        assertEquals(new DifficultyDistribution.Mixture(List.of(
                        new DifficultyDistribution.Component(0.25, new DifficultyDistribution.Normal(-1, 0.5)),
                        new DifficultyDistribution.Component(0.75, new DifficultyDistribution.Uniform(0, 3)))),
                read("difficulty:\n  type: mixture\n  components:\n"
                        + "    - {weight: 0.25, distribution: {type: normal, mean: -1, sd: 0.5}}\n"
                        + "    - {weight: 0.75, distribution: {type: uniform, low: 0, high: 3}}\n" + SCALE).difficulty());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {
        "difficulty:|  type: normal|  sd: -1|" + SCALE + " => difficulty.sd: must be > 0, was -1 (suite.yaml:3)",
        "difficulty: {type: normal}|" + SCALE + " => difficulty.sd: is required (suite.yaml:1)",
        "difficulty: {type: normal, sd: 1, sigma: 2}|" + SCALE
                + " => difficulty.sigma: unknown key; expected one of type, mean, sd (suite.yaml:1)",
        "difficulty: {type: gauss}|" + SCALE
                + " => difficulty.type: must be normal, uniform, beta, logit-beta, mixture or list, was 'gauss' (suite.yaml:1)",
        "difficulty: {type: uniform, low: 1, high: 1}|" + SCALE + " => difficulty.high: must be > low (1), was 1 (suite.yaml:1)",
        "difficulty: {type: list, values: []}|" + SCALE + " => difficulty.values: must not be empty (suite.yaml:1)",
        "difficulty: {type: list, values: 3}|" + SCALE + " => difficulty.values: must be a list, was a value (suite.yaml:1)",
        "difficulty:|  type: mixture|  components:|    - {weight: 1, distribution: {type: normal, sd: 1}}"
                + "|    - {weight: 1, distribution: {type: normal, sd: 0}}|" + SCALE
                + " => difficulty.components[1].distribution.sd: must be > 0, was 0 (suite.yaml:5)",
        "difficulty:|  type: mixture|  components:|    - {weight: -1, distribution: {type: normal, sd: 1}}|" + SCALE
                + " => difficulty.components[0].weight: must be > 0, was -1 (suite.yaml:4)",
        "ability: {referenceLoss: 2, lossScale: 0.05}|difficulty: {type: normal, sd: 1}|anchor: []"
                + " => anchor: unknown key; expected one of id, difficulty, discrimination, gridPoints, distractors,"
                + " ability, anchors (suite.yaml:3)",
        "difficulty: {type: normal, sd: 1}|discrimination: high|" + SCALE
                + " => discrimination: must be a number such as 1e23, was 'high' (suite.yaml:2)",
        "difficulty: {type: normal, sd: 1}|discrimination: -1|anchors: [{loss: 2, passAt1: 0.3}, {loss: 1.8, passAt1: 0.6}]"
                + " => discrimination: must be > 0, was -1 (suite.yaml:2)",
        "difficulty: {type: normal, sd: 1}|gridPoints: 10.5|" + SCALE
                + " => gridPoints: must be a whole number, was '10.5' (suite.yaml:2)",
        "difficulty: {type: normal, sd: 1}|gridPoints: 0|" + SCALE
                + " => gridPoints: must be in [1, 65536], was 0 (suite.yaml:2)",
        "difficulty: {type: normal, sd: 1}|gridPoints: 2e9|" + SCALE
                + " => gridPoints: must be in [1, 65536], was 2e9 (suite.yaml:2)",
        "difficulty: {type: normal, sd: 1}|distractors: {count: 0}|" + SCALE
                + " => distractors.count: must be in [1, 1000], was 0 (suite.yaml:2)",
        "difficulty: {type: normal, sd: 1}|distractors: {count: 2e9}|" + SCALE
                + " => distractors.count: must be in [1, 1000], was 2e9 (suite.yaml:2)",
        "difficulty: {type: normal, sd: 1}|distractors: {zipfExponent: -1}|" + SCALE
                + " => distractors.zipfExponent: must be >= 0, was -1 (suite.yaml:2)",
        "difficulty: {type: normal, sd: 1}|distractors: 10|" + SCALE
                + " => distractors: must be a mapping of keys to values, was a value (suite.yaml:2)",
        "difficulty: {type: normal, sd: 1}"
                + " => give ability.referenceLoss and ability.lossScale, or anchors (suite.yaml:1)",
        "difficulty: {type: normal, sd: 1}|ability: {lossScale: 0.05}"
                + " => ability: give ability.referenceLoss and ability.lossScale, or anchors (suite.yaml:2)",
        "difficulty: {type: normal, sd: 1}|ability: {referenceLoss: 2, lossScale: -1}"
                + " => ability.lossScale: must be > 0, was -1 (suite.yaml:2)",
        "difficulty: {type: normal, sd: 1}|ability: {lossScale: 0.05, lossscale: 1}|anchors: [{loss: 2, passAt1: 0.3}]"
                + " => ability.lossscale: unknown key; expected one of referenceLoss, lossScale (suite.yaml:2)",
        "difficulty: {type: normal, sd: 1}|anchors:|  - {loss: 2, passAt1: 0.3}"
                + " => anchors: one anchor needs ability.lossScale (or give two anchors) (suite.yaml:2)",
        "difficulty: {type: normal, sd: 1}|ability: {lossScale: 0}|anchors: [{loss: 2, passAt1: 0.3}]"
                + " => ability.lossScale: must be > 0, was 0 (suite.yaml:2)",
        "difficulty: {type: normal, sd: 1}|anchors:|  - {loss: 2, passAt1: 1.5}|  - {loss: 1.8, passAt1: 0.6}"
                + " => anchors[0].passAt1: must be in [0, 1], was 1.5 (suite.yaml:3)",
        "difficulty: {type: normal, sd: 1}|anchors:|  - {passAt1: 0.5}|  - {loss: 1.8, passAt1: 0.6}"
                + " => anchors[0].loss: is required (suite.yaml:3)",
        "difficulty: {type: normal, sd: 1}|anchors: []|" + SCALE + " => anchors: give one or two, was 0 (suite.yaml:2)",
        "difficulty: {type: normal, sd: 1}|anchors:|  - {loss: 2, passAt1: 0.6}|  - {loss: 1.8, passAt1: 0.3}"
                + " => anchors: the anchor with the lower loss must have the higher pass@1, was loss 2 -> 0.6 and"
                + " loss 1.8 -> 0.3 (suite.yaml:2)",
        "- difficulty => must be a mapping of keys to values, was a list (suite.yaml:1)",
    })
    void errorsNameTheKeyPathFileAndLine(String text, String expected) throws Exception {
        assertEquals(expected, error(text));
    }

    @Test
    void malformedYamlIsAnInputError() throws Exception {
        String message = error("difficulty: [");
        assertTrue(message.startsWith("is not valid YAML: ") && message.endsWith("(suite.yaml:1)"), message);
    }

    @Test
    void aMissingFileIsAnInputError() {
        Path missing = directory.resolve("missing.yaml");
        assertEquals("no such file (" + missing + ")",
                assertThrows(InputError.class, () -> SuiteFile.read(missing)).getMessage());
    }
}
