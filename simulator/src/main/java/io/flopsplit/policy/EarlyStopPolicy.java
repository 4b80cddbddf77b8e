package io.flopsplit.policy;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Expectation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.compute.Checks;
import io.flopsplit.data.TrainingData;
import io.flopsplit.engine.training.TrainingChunk;
import io.flopsplit.engine.training.TrainingDecision;
import io.flopsplit.engine.training.TrainingHook;
import io.flopsplit.inference.BestOfKVerifier;
import io.flopsplit.inference.Strategies;
import io.flopsplit.inference.StrategyType;
import io.flopsplit.keys.ChoiceKey;
import io.flopsplit.keys.NumberKey;
import io.flopsplit.ledger.BudgetView;
import io.flopsplit.ledger.Phase;
import java.util.List;
import java.util.OptionalInt;

/**
 * Plans long training but stops early: after every chunk it compares stopping now, with every unspent
 * pretraining FLOP moved to test time, against training one more chunk first (the observed loss,
 * lowered by what the believed law says the chunk buys, served with one chunk's FLOPs less) — the
 * marginal accuracy per FLOP of more training against that of more inference, for the forecast
 * demand — and stops once one more chunk no longer pays, moving the unspent pretraining FLOPs to
 * inference. The trade-off is the one Snell et al. 2024 (arXiv 2408.03314, §7) measure between
 * pretraining and test-time compute.
 *
 * @param trainingShare the share of the budget planned for pretraining, in (0, 1)
 * @param strategy the serving strategy
 */
public record EarlyStopPolicy(double trainingShare, StrategyType strategy) implements Policy {

    static final NumberKey TRAINING_SHARE = PolicyOptions.trainingShare(0.9);
    static final ChoiceKey STRATEGY = PolicyOptions.strategy(BestOfKVerifier.ID);
    public static final PolicyType<EarlyStopPolicy> TYPE = new PolicyType<>("early-stop",
            "Plans long training but stops once a chunk of FLOPs buys more accuracy at test time than in training",
            EarlyStopPolicy.class, List.of(TRAINING_SHARE, STRATEGY),
            options -> new EarlyStopPolicy(options.get(TRAINING_SHARE), Strategies.type(options.get(STRATEGY))),
            (policy, options) -> options.with(TRAINING_SHARE, policy.trainingShare())
                    .with(STRATEGY, policy.strategy().id()));
    // No monotonicity is declared: it serves at the largest affordable k, and a learned verifier's
    // accuracy falls with k past its plateau (Brown et al. 2024; calibration V7), so more budget
    // (a larger k) can lower it and more demand (a smaller k) raise it.

    public EarlyStopPolicy {
        TRAINING_SHARE.check(trainingShare);
        Checks.present("strategy", strategy);
    }

    @Override
    public PolicyType<EarlyStopPolicy> type() {
        return TYPE;
    }

    @Override
    public Allocation allocate(Forecast forecast) {
        return new FixedSplitPolicy(trainingShare, strategy).allocate(forecast);
    }

    @Override
    public TrainingHook trainingHook(Forecast forecast, Allocation allocation) {
        return (nowHours, chunk, budget) -> decide(forecast, allocation, chunk, budget);
    }

    private TrainingDecision decide(Forecast forecast, Allocation allocation, TrainingChunk chunk, BudgetView budget) {
        double rest = allocation.trainingTokens() - chunk.tokensSoFar();
        if (chunk.last() || rest <= 0) {
            return TrainingDecision.proceed();
        }
        double params = allocation.params();
        double step = Math.min(chunk.tokens(), rest);
        TrainingData data = allocation.trainingData(forecast);
        double nextDrop = data.loss(forecast.law(), params, chunk.tokensSoFar())
                - data.loss(forecast.law(), params, chunk.tokensSoFar() + step);
        double lossNow = chunk.lossSoFar();
        double ifStopped = budget.unspentFlops(Phase.INFERENCE) + budget.unallocatedFlops()
                + forecast.convention().trainingFlops(params, rest);
        double stepFlops = forecast.convention().trainingFlops(params, step);
        double stopNow = accuracy(forecast, params, lossNow, ifStopped);
        double oneMore = accuracy(forecast, params, lossNow - nextDrop, ifStopped - stepFlops);
        return stopNow >= oneMore ? TrainingDecision.stopAndMoveUnspentTo(Phase.INFERENCE) : TrainingDecision.proceed();
    }

    private double accuracy(Forecast forecast, double params, double loss, double inferenceFlops) {
        return Expectation.at(forecast, strategy, OptionalInt.empty(), params, loss, inferenceFlops).accuracy();
    }
}
