package io.flopsplit.engine.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.arrivals.Arrivals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Demands: when outcomes are sampled, how many queries are simulated, and the messages of bad ones. */
class DemandTest {

    @Test
    void outcomesAreSampledWhenAskedForOrWhenEveryRealQueryIsSimulated() {
        Demand expected = new Demand(2e9, 1e4, 24 * 365, Arrivals.poisson(), Exhaustion.DROP, Outcomes.EXPECTED);
        assertFalse(expected.samplesOutcomes(2_000_000_000L));
        assertTrue(expected.samplesOutcomes(10_000), "R = S: every real query is simulated one by one");
        assertFalse(expected.samplesOutcomes(10_001));
        assertTrue(expected.withOutcomes(Outcomes.SAMPLED).samplesOutcomes(2_000_000_000L));
        assertEquals(10_000, expected.simulatedFor(2_000_000_000L));
        assertEquals(37, expected.simulatedFor(37));
        assertEquals(Exhaustion.FALLBACK_GREEDY, expected.withExhaustion(Exhaustion.FALLBACK_GREEDY).exhaustion());
    }

    @Test
    void badDemandsAreRefusedWithTheirNameAndValue() {
        refused("realQueries: must be in [0, 1e18], was -1", () -> Demand.poisson(-1, 1, Exhaustion.DROP));
        refused("windowHours: must be > 0, was -2", () -> Demand.poisson(1, -2, Exhaustion.DROP));
        refused("exhaustion: must be given", () -> Demand.poisson(1, 1, null));
        refused("simulatedQueries: must be in [1, 1e7], was 0", () -> new Demand(1, 0, 1, Arrivals.poisson(),
                Exhaustion.DROP, Outcomes.EXPECTED));
        refused("outcomes: must be given", () -> new Demand(1, 1, 1, Arrivals.poisson(), Exhaustion.DROP, null));
    }

    private static void refused(String message, Executable executable) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, executable).getMessage());
    }
}
