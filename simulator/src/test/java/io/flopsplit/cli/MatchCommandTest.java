package io.flopsplit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MatchCommandTest {

    @Test
    void oneJsonLinePerStrategyAndDifficultyBin() {
        TestTimeCommandTest.Result result = TestTimeCommandTest.run("match", "--params", "8e9", "--tokens", "15e12",
                "--size-ratio", "14", "--inference-ratio", "10", "--strategy", "majority-vote,best-of-k-oracle",
                "--format", "json");
        assertEquals(0, result.code(), result.err());
        String[] lines = result.out().strip().split("\n");
        assertEquals(12, lines.length);
        for (String field : new String[] {"\"sizeRatio\":14", "\"inferenceRatio\":10", "\"inferenceMultiplier\":17.9",
            "\"strategy\":\"majority-vote\"", "\"difficultyBin\":\"1\"", "\"smallAccuracy\":", "\"largeAccuracy\":"}) {
            assertTrue(lines[0].contains(field), field + " in " + lines[0]);
        }
        assertTrue(lines[5].contains("\"difficultyBin\":\"all\""), lines[5]);
    }

    @Test
    void refusesASmallerLargeModel() {
        TestTimeCommandTest.Result result = TestTimeCommandTest.run("match", "--params", "8e9", "--tokens", "15e12",
                "--size-ratio", "0.5", "--inference-ratio", "1");
        assertEquals(2, result.code());
        assertTrue(result.err().contains("'--size-ratio': must be a finite number >= 1, was 0.5"), result.err());
    }
}
