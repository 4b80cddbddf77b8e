package io.flopsplit.policy;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.allocation.Sizing;
import io.flopsplit.compute.Checks;
import io.flopsplit.data.DataSelection;
import io.flopsplit.inference.Greedy;
import io.flopsplit.optimum.ModelPlan;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Data selection first: a proxy model scores the whole pool and the best share is kept (Goyal et
 * al. 2024, arXiv 2404.07177; Yin and Rush 2024, arXiv 2410.16208), then a compute-optimal model is
 * trained on the kept data with what the budget has left after greedy serving. The kept tokens'
 * worth depends on the trained model's size (a selector far smaller than the model keeps less
 * signal), so the size is solved as a fixed point on the kept data's loss surface
 * ({@link Sizing#computeOptimalWithReserve(Forecast, DataSelection, double, java.util.function.DoubleUnaryOperator)}).
 * Filtering pays at small compute and costs at large compute, where the kept pool must be repeated.
 */
public record SelectionHeavyPolicy() implements Policy {

    public static final PolicyType<SelectionHeavyPolicy> TYPE = PolicyType.of("selection-heavy",
            "Score the pool with a proxy model and keep the best share, then train compute-optimally; greedy"
                    + " (Goyal et al. 2024)",
            SelectionHeavyPolicy.class, () -> new SelectionHeavyPolicy())
            .declaring(Monotonicity.BUDGET, Monotonicity.DEMAND);

    @Override
    public PolicyType<SelectionHeavyPolicy> type() {
        return TYPE;
    }

    @Override
    public Allocation allocate(Forecast forecast) {
        DataSelection selection = forecast.selection().of(forecast.pool());
        double available = Sizing.flopsLeft(forecast.budgetFlops(), selection.selectionFlops());
        if (available <= 0) {
            throw new IllegalArgumentException("budgetFlops: " + Checks.show(forecast.budgetFlops())
                    + " FLOPs do not pay for scoring the pool (" + Checks.show(selection.selectionFlops()) + " FLOPs)");
        }
        ModelPlan plan = Sizing.computeOptimalWithReserve(forecast, selection, available,
                forecast::greedyServingFlops);
        return new Allocation(Optional.of(selection), plan.params(), plan.tokens(), Greedy.TYPE, OptionalInt.of(1));
    }
}
