package io.flopsplit.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.flopsplit.data.SelectionMethod;
import io.flopsplit.data.SelectionOptions;
import io.flopsplit.yaml.InputError;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code data.selection} keys: the method's defaults, explicit values, and the retired keys. */
class DataSectionTest {

    @TempDir
    Path directory;

    private SelectionOptions selection(String yaml) throws Exception {
        Path file = directory.resolve("x.yaml");
        Files.writeString(file, yaml);
        return ScenarioReader.read(file).get(0).data().selection();
    }

    private String error(String yaml) throws Exception {
        Path file = directory.resolve("x.yaml");
        Files.writeString(file, yaml);
        return assertThrows(InputError.class, () -> ScenarioReader.read(file)).getMessage()
                .replace(file.toString(), "x.yaml");
    }

    @Test
    void theMethodSetsTheCostAndTheSignal() throws Exception {
        SelectionOptions perplexity = selection("{}\n");
        assertEquals(SelectionMethod.PERPLEXITY, perplexity.method());
        assertEquals(2, perplexity.flopsPerParamToken(), 0);
        assertEquals(0.688, perplexity.quality().signal(), 0);
        assertEquals(SelectionOptions.defaults(SelectionMethod.PERPLEXITY), perplexity);
        SelectionOptions gradient = selection("data: {selection: {method: gradient}}\n");
        assertEquals(6, gradient.flopsPerParamToken(), 0);
        assertEquals(0.782, gradient.quality().signal(), 0);
        assertEquals(0.109, gradient.quality().signalDecay(), 0);
        assertEquals(0.513, gradient.repetitionQualityExponent(), 0);
        SelectionOptions given = selection("data: {selection: {method: gradient, flopsPerParamToken: 24, signal: 1.95,"
                + " signalDecay: 0, repetitionQualityExponent: 1.36}}\n");
        assertEquals(24, given.flopsPerParamToken(), 0);
        assertEquals(1.95, given.quality().signal(), 0);
        assertEquals(0, given.quality().signalDecay(), 0);
        assertEquals(1.36, given.repetitionQualityExponent(), 0);
    }

    @Test
    void theSelectionReadsBackToItself() throws Exception {
        Path file = directory.resolve("y.yaml");
        Files.writeString(file, "data: {selection: {method: gradient, signal: 1.2, repetitionQualityExponent: -0.5}}\n");
        Scenario scenario = ScenarioReader.read(file).get(0);
        Files.writeString(file, EffectiveScenario.yaml(scenario));
        assertEquals(scenario.data(), ScenarioReader.read(file).get(0).data());
    }

    @Test
    void retiredKeysNameTheirReplacement() throws Exception {
        assertEquals("data.selection.gamma: retired; the kept tokens' worth is now the noisy-proxy model"
                        + " Phi(a - z)/keptFraction: set signal (and signalDecay) instead (x.yaml:3)",
                error("data:\n  selection:\n    gamma: 0.5\n"));
        assertEquals("data.selection.maxMultiplier: retired; the noisy-proxy model needs no cap (its worth is at most"
                        + " 1/keptFraction): set signal (and signalDecay) instead (x.yaml:1)",
                error("data: {selection: {maxMultiplier: 2}}\n"));
        assertEquals("data.selection.method: must be perplexity or gradient, was 'bm25' (x.yaml:1)",
                error("data: {selection: {method: bm25}}\n"));
        assertEquals("data.selection.signal: must be in [0, 3], was -0.1 (x.yaml:1)",
                error("data: {selection: {signal: -0.1}}\n"));
        assertEquals("data.selection.repetitionQualityExponent: must be in [-1, 3], was 5 (x.yaml:1)",
                error("data: {selection: {repetitionQualityExponent: 5}}\n"));
    }
}
