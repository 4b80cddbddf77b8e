package io.flopsplit.trial;

import io.flopsplit.arrivals.Arrivals;
import io.flopsplit.compute.ComputeConvention;
import io.flopsplit.data.DataPool;
import io.flopsplit.data.SelectionOptions;
import io.flopsplit.engine.Hardware;
import io.flopsplit.engine.deployment.Demand;
import io.flopsplit.engine.deployment.Exhaustion;
import io.flopsplit.inference.StrategyParameters;
import io.flopsplit.laws.LawProfiles;
import io.flopsplit.laws.LossLaw;
import io.flopsplit.tasks.SuitePresets;

/**
 * Ready-made worlds for playing trials from code, without a scenario file: the {@code chinchilla}
 * law, a pool of 10 trillion unique tokens, the {@code math-like} suite, 200-token prompts and
 * 280-token answers, Poisson arrivals over 90 days served until the budget runs out (serve what is
 * paid for), a 1,024-accelerator cluster at 989 TFLOP/s and 40% utilisation, a two-year horizon.
 */
public final class Worlds {

    /** Simulated queries standing for the real demand (each carries the weight real/simulated). */
    public static final double SIMULATED_QUERIES = 10_000;

    private Worlds() {
    }

    /** A world of {@code budgetFlops} and a lifetime demand of {@code realQueries} queries. */
    public static World example(double budgetFlops, double realQueries) {
        return example(budgetFlops, realQueries, SIMULATED_QUERIES);
    }

    /** As {@link #example(double, double)}, simulating {@code simulatedQueries} queries. */
    public static World example(double budgetFlops, double realQueries, double simulatedQueries) {
        LossLaw law = LawProfiles.resolve("chinchilla").law();
        Demand demand = realQueries > 0
                ? Demand.ofRealQueries(realQueries, simulatedQueries, 24 * 90, Arrivals.poisson(), Exhaustion.SERVE_PAID)
                : Demand.poisson(0, 1, 24 * 90, Exhaustion.SERVE_PAID);
        return new World(budgetFlops, law, law, DataPool.ofUnique(1e13), SelectionOptions.DEFAULTS,
                SuitePresets.resolve("math-like"), demand, realQueries, 200, 280, StrategyParameters.DEFAULTS,
                ComputeConvention.STANDARD, Hardware.cluster(1024, 989e12, 0.4), 24 * 365 * 2, 10, 10);
    }
}
