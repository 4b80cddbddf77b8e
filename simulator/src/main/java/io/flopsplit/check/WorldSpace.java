package io.flopsplit.check;

import io.flopsplit.allocation.Forecast;
import io.flopsplit.compute.Checks;
import io.flopsplit.data.DataPool;
import io.flopsplit.engine.deployment.Exhaustion;
import io.flopsplit.laws.ChinchillaLaw;
import io.flopsplit.laws.LawProfile;
import io.flopsplit.laws.LawProfiles;
import io.flopsplit.scenario.BudgetSection;
import io.flopsplit.scenario.DataSection;
import io.flopsplit.scenario.DeploymentSection;
import io.flopsplit.scenario.HardwareSection;
import io.flopsplit.scenario.LawSection;
import io.flopsplit.scenario.LawUncertainty;
import io.flopsplit.scenario.Scenario;
import io.flopsplit.scenario.TasksSection;
import io.flopsplit.tasks.SuitePresets;
import io.flopsplit.uncertainty.Fixed;
import io.flopsplit.uncertainty.Uncertain;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The worlds policies are checked in, as QuickTheories generators, over a base scenario: either the
 * whole range (the scenario defaults as base) or the neighbourhood of a user's scenario.
 *
 * <p>The whole range: budgets from 1e15 to 1e30 FLOPs in tenths of a decade; a lifetime demand from
 * zero through 10^-10 to 10^3 times the base demand scaled with √budget (serving cost per query grows
 * with the model, N ∝ C^0.5 (Hoffmann et al. 2022), so a demand scaled by √C keeps the share of the
 * budget serving it: the top of the range asks for several times the whole budget); every law profile,
 * the Chinchilla-form ones also with uncertain constants (0.5, 1 or 2 times the relative standard
 * errors of the Epoch replication, Besiroglu et al. 2024, arXiv 2404.10102); every suite preset and
 * exhaustion rule; unique pool tokens from 10^-3 to 10^3 times the base pool scaled with √budget (scarce
 * to ample), with up to 10 copies of each; a cluster that trains the budget in minutes to past the
 * horizon; 1 to 10^4 simulated queries; any seed. Around a scenario: its budget, demand, pool and
 * cluster within two decades of its own, its law, suite, rule and query count as they are.
 *
 * <p>Every dimension shrinks towards the base scenario's value, which it takes as it is (unscaled)
 * at its origin, so a shrunk counterexample differs from the base only where it must; numbers are
 * rounded to three significant digits, so they read as a user would type them.
 */
public final class WorldSpace {

    /** Relative standard errors of the Epoch refit's E, A, B, alpha and beta (Besiroglu et al. 2024, Table 1). */
    static final double[] RELATIVE_STANDARD_ERRORS = {0.03 / 1.8172, 124.58 / 482.01, 1293.23 / 2085.43,
        0.02 / 0.3478, 0.02 / 0.3658};
    private static final double[] UNCERTAINTY_LEVELS = {0.5, 1, 2};
    private static final double[] SIMULATED_QUERIES = {1000, 100, 10, 1};
    private static final int MAX_ACCELERATORS = Integer.MAX_VALUE;

    private final Scenario base;
    private final boolean whole;

    private WorldSpace(Scenario base, boolean whole) {
        this.base = Checks.present("base", base);
        this.whole = whole;
    }

    /** The whole range, around the scenario defaults. */
    public static WorldSpace whole() {
        return new WorldSpace(Scenario.defaults("check"), true);
    }

    /** Worlds around {@code scenario}. */
    public static WorldSpace around(Scenario scenario) {
        return new WorldSpace(scenario, false);
    }

    /** The base scenario. */
    public Scenario base() {
        return base;
    }

    /** Every world of this space. */
    public Gen<CheckWorld> worlds() {
        Gen<Double> budgets = budgets();
        Gen<LawSection> laws = laws();
        Gen<Integer> demand = Generate.range(whole ? -101 : -20, whole ? 30 : 20, 0);
        Gen<Integer> unique = Generate.range(whole ? -30 : -20, whole ? 30 : 20, 0);
        Gen<Integer> copies = Generate.range(0, 10, 0);
        Gen<Integer> cluster = Generate.range(whole ? -25 : -20, 20, 0);
        Gen<Integer> simulated = Generate.range(0, whole ? SIMULATED_QUERIES.length : 0, 0);
        Gen<TasksSection> suites = suites();
        Gen<Exhaustion> rules = whole ? pickBaseFirst(base.deployment().exhaustion(), Arrays.asList(Exhaustion.values()))
                : Generate.constant(base.deployment().exhaustion());
        Gen<Long> seeds = Generate.longRange(0, Integer.MAX_VALUE, Math.min(base.montecarlo().seed(), Integer.MAX_VALUE));
        return in -> {
            double budget = budgets.generate(in);
            double scale = Math.sqrt(budget / base.budget().totalFlops());
            return new CheckWorld(base, new BudgetSection(budget), laws.generate(in),
                    data(scale, unique.generate(in), copies.generate(in)), suites.generate(in),
                    deployment(scale, demand.generate(in), simulated.generate(in), rules.generate(in)),
                    hardware(budget, cluster.generate(in)), seeds.generate(in));
        };
    }

    /** Budgets: 1e15 to 1e30 FLOPs over the whole range, within two decades of the base's around a scenario. */
    public Gen<Double> budgets() {
        double budget = base.budget().totalFlops();
        int low = whole ? (int) Math.round(10 * (15 - Math.log10(budget))) : -20;
        int high = whole ? (int) Math.round(10 * (30 - Math.log10(budget))) : 20;
        return Generate.range(low, high, 0).map(tenths -> scaled(budget, 1, tenths));
    }

    /** Law profiles, with their constants known or uncertain; the base's alone around a scenario. */
    public Gen<LawSection> laws() {
        if (!whole) {
            return Generate.constant(base.law());
        }
        List<LawProfile> profiles = baseFirst(base.law().profile(), LawProfiles.all());
        Gen<Integer> level = Generate.range(0, UNCERTAINTY_LEVELS.length, 0);
        return Generate.range(0, profiles.size() - 1, 0).zip(level, (profile, spread) -> law(profiles.get(profile),
                spread));
    }

    /** The forecasts of {@link #worlds()}: what a policy is told in trial 0 of each. */
    public Gen<Forecast> forecasts() {
        return worlds().map(world -> world.world().belief());
    }

    /** Steps up a dimension, in tenths of a decade: 1 (×1.26) to 20 (×100), for monotonicity pairs. */
    public static Gen<Integer> steps() {
        return Generate.range(1, 20, 1);
    }

    private LawSection law(LawProfile profile, int spread) {
        if (spread == 0 || !(profile.law() instanceof ChinchillaLaw law)) {
            return profile.equals(base.law().profile()) ? base.law() : new LawSection(profile, Optional.empty());
        }
        double[] constants = {law.e(), law.a(), law.b(), law.alpha(), law.beta()};
        List<Double> sds = new ArrayList<>();
        for (int i = 0; i < constants.length; i++) {
            sds.add(round(UNCERTAINTY_LEVELS[spread - 1] * RELATIVE_STANDARD_ERRORS[i] * constants[i]));
        }
        return new LawSection(profile, Optional.of(new LawUncertainty(sds, LawUncertainty.none().correlations())));
    }

    private Gen<TasksSection> suites() {
        if (!whole) {
            return Generate.constant(base.tasks());
        }
        List<TasksSection> suites = new ArrayList<>();
        suites.add(base.tasks());
        SuitePresets.all().stream().filter(suite -> !suite.id().equals(base.tasks().suiteId()))
                .forEach(suite -> suites.add(new TasksSection(suite.id(), suite)));
        return Generate.range(0, suites.size() - 1, 0).map(suites::get);
    }

    private DataSection data(double scale, int uniqueTenths, int copiesTenths) {
        DataPool pool = base.data().pool();
        if (uniqueTenths == 0 && copiesTenths == 0) {
            return base.data();
        }
        double unique = Math.max(1, scaled(pool.uniqueTokens(), scale, uniqueTenths));
        double tokens = Math.max(unique, scaled(unique * pool.tokens() / pool.uniqueTokens(), 1, copiesTenths));
        return new DataSection(new DataPool(tokens, unique), base.data().selection());
    }

    private DeploymentSection deployment(double scale, int demandTenths, int simulated, Exhaustion rule) {
        DeploymentSection d = base.deployment();
        Uncertain queries = d.queries();
        if (queries instanceof Fixed fixed && demandTenths != 0) {
            queries = new Fixed(demandTenths == -101 ? 0 : scaled(fixed.value(), scale, demandTenths));
        }
        double simulatedQueries = simulated == 0 ? d.simulatedQueries() : SIMULATED_QUERIES[simulated - 1];
        return new DeploymentSection(queries, simulatedQueries, d.windowDays(), d.arrivals(), rule, d.outcomes(),
                d.promptTokens(),
                d.answerTokens());
    }

    private HardwareSection hardware(double budget, int tenths) {
        HardwareSection h = base.hardware();
        double ratio = budget / base.budget().totalFlops();
        if (tenths == 0) {
            return h;
        }
        double accelerators = Math.round(h.accelerators() * ratio * Math.pow(10, tenths / 10.0));
        return new HardwareSection((long) Math.max(1, Math.min(MAX_ACCELERATORS, accelerators)), h.peakFlopsPerSecond(),
                h.utilisation());
    }

    /** {@code value·scale·10^(tenths/10)}, to three significant digits; {@code value} itself when unchanged. */
    static double scaled(double value, double scale, int tenths) {
        return scale == 1 && tenths == 0 ? value : round(value * scale * Math.pow(10, tenths / 10.0));
    }

    private static double round(double value) {
        return new BigDecimal(value).round(new MathContext(3)).doubleValue();
    }

    private static <T> Gen<T> pickBaseFirst(T first, List<T> all) {
        List<T> ordered = baseFirst(first, all);
        return Generate.range(0, ordered.size() - 1, 0).map(ordered::get);
    }

    private static <T> List<T> baseFirst(T first, List<T> all) {
        List<T> ordered = new ArrayList<>();
        ordered.add(first);
        all.stream().filter(item -> !item.equals(first)).forEach(ordered::add);
        return ordered;
    }
}
