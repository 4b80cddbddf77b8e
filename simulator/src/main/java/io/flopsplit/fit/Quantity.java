package io.flopsplit.fit;

import io.flopsplit.compute.Checks;
import io.flopsplit.compute.ComputeConvention;
import io.flopsplit.laws.ChinchillaLaw;
import io.flopsplit.optimum.ComputeOptimal;
import io.flopsplit.optimum.ModelPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * Something a fitted law determines and the fit reports with its uncertainty: one of the five
 * constants, the allocation exponent a = β/(α+β), or, at a training budget C, the compute-optimal
 * model size N_opt, tokens D_opt and tokens per parameter (Hoffmann et al. 2022, arXiv 2203.15556,
 * Eq. 4, with C = 6·N·D).
 *
 * @param name the quantity's name in reports
 * @param budgetFlops the training budget it is taken at, if any
 * @param value its value under a law
 */
public record Quantity(String name, OptionalDouble budgetFlops, ToDoubleFunction<ChinchillaLaw> value) {

    /** The five constants, in the order a scenario's {@code law.uncertainty} takes them. */
    public static final List<Quantity> CONSTANTS = List.of(
            constant("E", ChinchillaLaw::e), constant("A", ChinchillaLaw::a), constant("B", ChinchillaLaw::b),
            constant("alpha", ChinchillaLaw::alpha), constant("beta", ChinchillaLaw::beta));

    private static final ComputeConvention CONVENTION = RunsFile.CONVENTION;

    public Quantity {
        Checks.present("name", name);
        Checks.present("budgetFlops", budgetFlops);
        Checks.present("value", value);
        budgetFlops.ifPresent(budget -> Checks.positive("budgetFlops", budget));
    }

    private static Quantity constant(String name, ToDoubleFunction<ChinchillaLaw> value) {
        return new Quantity(name, OptionalDouble.empty(), value);
    }

    /** The constants, the allocation exponent, then N_opt, D_opt and D_opt/N_opt at each budget. */
    public static List<Quantity> all(List<Double> budgetsFlops) {
        List<Quantity> quantities = new ArrayList<>(CONSTANTS);
        quantities.add(constant("paramsExponent", ChinchillaLaw::paramsExponent));
        for (double budget : budgetsFlops) {
            quantities.add(atBudget("params", budget, ModelPlan::params));
            quantities.add(atBudget("tokens", budget, ModelPlan::tokens));
            quantities.add(atBudget("tokensPerParam", budget, ModelPlan::tokensPerParam));
        }
        return List.copyOf(quantities);
    }

    private static Quantity atBudget(String name, double budget, ToDoubleFunction<ModelPlan> value) {
        return new Quantity(name, OptionalDouble.of(budget),
                law -> value.applyAsDouble(ComputeOptimal.closedForm(law, budget, CONVENTION)));
    }

    /** The value under {@code law}. */
    public double of(ChinchillaLaw law) {
        return value.applyAsDouble(law);
    }
}
