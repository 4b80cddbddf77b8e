package io.flopsplit.engine.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.flopsplit.arrivals.Arrivals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Demands: real queries carried by the weight, and the messages of bad ones. */
class DemandTest {

    @Test
    void realQueriesAreCarriedByTheWeight() {
        Demand demand = Demand.ofRealQueries(2e9, 1e4, 24 * 365, Arrivals.poisson(), Exhaustion.DROP);
        assertEquals(2e5, demand.queryWeight());
        assertEquals(2e9, demand.expectedRealQueries(), 1e-6);
        assertEquals(Exhaustion.FALLBACK_GREEDY, demand.withExhaustion(Exhaustion.FALLBACK_GREEDY).exhaustion());
    }

    @Test
    void badDemandsAreRefusedWithTheirNameAndValue() {
        refused("expectedQueries: must be in [0, 1e7], was -1", () -> Demand.poisson(-1, 1, 1, Exhaustion.DROP));
        refused("queryWeight: must be > 0, was 0", () -> Demand.poisson(1, 0, 1, Exhaustion.DROP));
        refused("windowHours: must be > 0, was -2", () -> Demand.poisson(1, 1, -2, Exhaustion.DROP));
        refused("exhaustion: must be given", () -> Demand.poisson(1, 1, 1, null));
    }

    private static void refused(String message, Executable executable) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, executable).getMessage());
    }
}
