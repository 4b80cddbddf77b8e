package io.flopsplit.testkit;

import io.flopsplit.allocation.Forecast;
import io.flopsplit.check.CheckWorld;
import io.flopsplit.check.WorldSpace;
import io.flopsplit.laws.LossLaw;
import io.flopsplit.scenario.LawSection;
import io.flopsplit.scenario.Scenario;
import org.quicktheories.core.Gen;

/**
 * The worlds {@code flopsplit check} generates, as QuickTheories sources for properties of your
 * own: whole worlds, the forecasts a policy is given in them, budgets and laws. Each shrinks towards
 * the scenario defaults (or the scenario given), as the check's counterexamples do.
 *
 * <pre>{@code
 * qt().forAll(Generators.forecasts()).check(forecast -> myPolicy.allocate(forecast).params() > 0);
 * }</pre>
 */
public final class Generators {

    private Generators() {
    }

    /**
     * Worlds over the whole range: budgets of 1e15–1e30 FLOPs, no demand to more than the budget can
     * serve, every law (known or uncertain constants), suite and exhaustion rule, scarce to ample data,
     * fast to slow clusters. {@link CheckWorld#world()} is the world of its trial 0,
     * {@link CheckWorld#scenario} its scenario file.
     */
    public static Gen<CheckWorld> worlds() {
        return WorldSpace.whole().worlds();
    }

    /** Worlds around {@code scenario}: its budget, demand, pool and cluster within two decades. */
    public static Gen<CheckWorld> worldsAround(Scenario scenario) {
        return WorldSpace.around(scenario).worlds();
    }

    /** What a policy is told in trial 0 of each world of {@link #worlds()}. */
    public static Gen<Forecast> forecasts() {
        return WorldSpace.whole().forecasts();
    }

    /** Budgets from 1e15 to 1e30 FLOPs, in tenths of a decade. */
    public static Gen<Double> budgets() {
        return WorldSpace.whole().budgets();
    }

    /** The published laws, as policies plan with them (the nominal law of each profile). */
    public static Gen<LossLaw> laws() {
        return lawSections().map(LawSection::nominal);
    }

    /** The published law profiles with known or uncertain constants, as a scenario's {@code law} section. */
    public static Gen<LawSection> lawSections() {
        return WorldSpace.whole().laws();
    }
}
