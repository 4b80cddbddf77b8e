package io.flopsplit.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.calibration.CrossSizeGains.Benchmark;
import io.flopsplit.tasks.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class CrossSizeGainsTest {

    private static final List<Benchmark> BROWN = CrossSizeGains.brown2024();

    @Test
    void theShippedRatesAreBrownEtAlsSamples() {
        Benchmark math = BROWN.get(0);
        assertEquals("MATH", math.name());
        assertEquals(128, math.small().length);
        assertEquals("GSM8K", BROWN.get(1).name());
        assertEquals(127, BROWN.get(1).small().length);
        // Brown et al. 2024 (arXiv 2407.21787), Fig. 2: Llama-3-8B-Instruct covers 98.44% of MATH at
        // k = 10,000; with 10,000 samples per problem that is the share of problems solved at least once.
        long solved = Arrays.stream(math.small()).filter(rate -> rate > 0).count();
        assertEquals(0.9844, (double) solved / math.small().length, 5e-5);
    }

    /** The figures the README's match section quotes. */
    @Test
    void mathFavoursASpreadGsm8kNoneAndBothTogetherNone() {
        Benchmark math = BROWN.get(0);
        Benchmark gsm = BROWN.get(1);
        double mathSpread = CrossSizeGains.bestSpread(List.of(math));
        assertEquals(0.811, mathSpread, 0.005);
        assertEquals(9.74, CrossSizeGains.fit(math, 0).chiSquare(), 0.01);
        assertEquals(0.59, CrossSizeGains.fit(math, mathSpread).chiSquare(), 0.01);
        assertEquals(0.0403, CrossSizeGains.fit(math, 0).observed()[4], 1e-4);
        assertEquals(0.0198, CrossSizeGains.fit(math, 0).predicted()[4], 1e-4);
        assertEquals(7.51, CrossSizeGains.fit(gsm, 0).chiSquare(), 0.01);
        assertEquals(72.7, CrossSizeGains.fit(gsm, mathSpread).chiSquare(), 0.1);
        assertTrue(CrossSizeGains.bestSpread(List.of(gsm)) < 0.01);
        double joint = CrossSizeGains.bestSpread(BROWN);
        assertTrue(joint < 0.01, "joint spread " + joint);
        assertEquals(17.25, CrossSizeGains.fit(math, joint).chiSquare() + CrossSizeGains.fit(gsm, joint).chiSquare(),
                0.01);
    }

    /** The method finds a spread where there is one, and none where every problem gains alike. */
    @Test
    void recoversTheSpreadOfSyntheticGains() {
        int n = 2000;
        NormalDistribution normal = new NormalDistribution(null, 0, 1);
        double[] logits = new double[n];
        List<Double> gains = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            logits[i] = -1 + 2 * normal.inverseCumulativeProbability((i + 0.5) / n);
            gains.add(normal.inverseCumulativeProbability((i + 0.5) / n));
        }
        Collections.shuffle(gains, new Random(20241128));
        double[] small = Arrays.stream(logits).map(Problem::sigmoid).toArray();
        double[] uniform = Arrays.stream(logits).map(z -> Problem.sigmoid(z + 2)).toArray();
        double[] spread = new double[n];
        for (int i = 0; i < n; i++) {
            spread[i] = Problem.sigmoid(logits[i] + 2 + 1.6 * gains.get(i));
        }
        assertTrue(CrossSizeGains.bestSpread(List.of(new Benchmark("uniform", small, uniform))) < 0.01);
        double found = CrossSizeGains.bestSpread(List.of(new Benchmark("spread", small, spread)));
        assertTrue(found > 0.5 && found < 1.1, "found " + found);
    }

    @Test
    void aBinWithoutSpreadIsAClearError() {
        double[] small = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05};
        double[] large = {1, 1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CrossSizeGains.fit(new Benchmark("flat", small, large), 0));
        assertTrue(e.getMessage().contains("bin 1"), e.getMessage());
    }

    @Test
    void aRateOutsideZeroToOneIsAClearError() {
        double[] small = {0.9, 0.8, 0.7, 0.6, 0.5};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Benchmark("bad", small, new double[] {1, 0.9, Double.NaN, 0.5, 0.4}));
        assertTrue(e.getMessage().contains("bad: success rates must be in [0, 1], was NaN"), e.getMessage());
    }
}
