package io.flopsplit.check.broken;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.allocation.Sizing;
import io.flopsplit.inference.Greedy;
import io.flopsplit.policy.ChinchillaPolicy;
import io.flopsplit.policy.Monotonicity;
import io.flopsplit.policy.Policy;
import io.flopsplit.policy.PolicyType;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Broken on purpose (monotone-demand), subtly: the chinchilla policy's model, trained on a few more
 * tokens so that what is left for inference falls short of serving the forecast demand greedily by
 * 1e-5 of one answer, whatever the demand. A share 1e-5/q of the q queries goes unpaid, so more
 * queries raise its expected accuracy — by at most 1e-5 of it, below the 2e-5 the monotonicity check
 * once allowed, above the 1e-9 it allows now. This is the defect the sizing had when it left the
 * serving reserve a few ulps of the budget short.
 */
public record ShortOfItsReserve() implements Policy {

    /** The shortfall, in single greedy answers of the model. */
    static final double SHORTFALL = 1e-5;

    public static final PolicyType<ShortOfItsReserve> TYPE = PolicyType.of("short-of-its-reserve",
            "Broken: leaves 1e-5 of one answer less than greedy serving needs, whatever the demand",
            ShortOfItsReserve.class, ShortOfItsReserve::new).declaring(Monotonicity.DEMAND);

    @Override
    public PolicyType<ShortOfItsReserve> type() {
        return TYPE;
    }

    @Override
    public Allocation allocate(Forecast forecast) {
        Allocation honest = new ChinchillaPolicy().allocate(forecast);
        double params = honest.params();
        double shortfall = SHORTFALL * forecast.deployment(params).singleAnswerFlops();
        double left = Math.max(0, forecast.greedyServingFlops(params) - shortfall);
        double tokens = forecast.convention().tokensWithin(params, Sizing.flopsLeft(forecast.budgetFlops(), left));
        return new Allocation(Optional.empty(), params, Math.max(tokens, honest.trainingTokens()), Greedy.TYPE,
                OptionalInt.of(1));
    }
}
