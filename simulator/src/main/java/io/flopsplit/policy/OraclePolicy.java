package io.flopsplit.policy;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Expectation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.allocation.Sizing;
import io.flopsplit.data.TrainingData;
import io.flopsplit.engine.Cancellation;
import io.flopsplit.inference.Adaptive;
import io.flopsplit.inference.Strategy;
import io.flopsplit.inference.Strategies;
import io.flopsplit.inference.StrategyType;
import io.flopsplit.memo.Memo;
import io.flopsplit.optimum.LogScaleSearch;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

/**
 * The oracle: it is told the trial's true law and maximises expected accuracy numerically. For
 * every registered strategy but adaptive ({@link Strategies#types()}: beam search, revisions, the
 * perfect checker and chain-of-thought included) it searches the training share of the budget and the
 * model size from 1/{@value #SIZE_FACTOR} to {@value #SIZE_FACTOR} times the compute-optimal one (an
 * 11×11 scan of (share, size), then coordinate ascent refined by Brent's method, Commons Math) —
 * which covers every allocation a built-in policy can make with any options (a fixed split is a
 * share at the compute-optimal size; a model M times smaller than Chinchilla's on the same tokens is
 * a size 1/√M times the optimum at its own training FLOPs) — and it also weighs every rival policy's
 * own allocation under the true law, keeping the best. Strategies that only choose among k
 * independent samples ({@link StrategyType#selectsAmongSamples()}: greedy, majority vote and the
 * two verifier selections) are not searched: at any allocation the perfect checker, which is, does
 * at least as well (its success is the chance that one of the samples is right, and the same FLOPs
 * afford it at least as many samples). So it bounds, on expectation, what the policies a scenario
 * can express reach, up to the search's numerical tolerance — except adaptive allocation, which it
 * meets only through the rivals' own allocations (adaptive-difficulty): the adaptive planner
 * evaluates every option over the suite for each candidate, too costly to search (a policy serving
 * adaptive on another split or size is bounded by the perfect checker in the tests, by a wide
 * margin, not by construction). Its own candidates serve every forecast query
 * (a starved allocation's expectation is optimistic); a rival that starves its serving is weighed
 * as is.
 */
public final class OraclePolicy implements Policy {

    private static final double MIN_LOGIT_SHARE = -6;
    private static final double MAX_LOGIT_SHARE = 7;
    /**
     * The strategies the oracle searches itself: all but adaptive and those bounded by the perfect
     * checker at the same allocation (see the class comment).
     */
    public static final java.util.function.Predicate<StrategyType> SEARCHED = strategy -> !strategy.id()
            .equals(Adaptive.ID) && !strategy.selectsAmongSamples();
    /** Points per coordinate of the first scan. */
    private static final int GRID = 11;
    /** The widest size factor searched around the compute-optimal size, each way. */
    static final int SIZE_FACTOR = 1000;
    private static final double MAX_LOG_SIZE_FACTOR = Math.log(SIZE_FACTOR);
    private static final int CACHE_SIZE = 64;

    public static final PolicyType<OraclePolicy> TYPE = PolicyType.of("oracle",
            "Knows the trial's true law; maximises expected accuracy over split, model size and strategy (upper bound)",
            OraclePolicy.class, () -> new OraclePolicy(Policies.rivals()));

    private final List<Policy> rivals;
    private final Memo<List<Object>, Allocation> cache = new Memo<>(CACHE_SIZE);
    /** The last search, found by identity: a world without uncertain inputs is the same object every trial. */
    private volatile Searched last;
    /**
     * The rivals' allocations per belief (empty where a rival refuses it): they depend on the belief
     * alone, which every trial of a run shares while its truth changes.
     */
    private final Memo<Forecast, List<Optional<Allocation>>> rivalAllocations = new Memo<>(CACHE_SIZE);
    /** The last belief's rival allocations, found by identity: a run asks the same belief object every trial. */
    private volatile RivalsUnder lastRivals;

    private record Searched(Forecast belief, Forecast truth, Allocation allocation) {
    }

    private record RivalsUnder(Forecast belief, List<Optional<Allocation>> allocations) {
    }

    /** An oracle that also weighs the allocations of {@code rivals}. */
    public OraclePolicy(List<Policy> rivals) {
        this.rivals = List.copyOf(rivals);
    }

    @Override
    public PolicyType<OraclePolicy> type() {
        return TYPE;
    }

    @Override
    public Allocation allocate(Forecast forecast) {
        return allocate(forecast, forecast);
    }

    @Override
    public Allocation allocate(Forecast belief, Forecast truth) {
        Searched searched = last;
        if (searched != null && searched.belief() == belief && searched.truth() == truth) {
            return searched.allocation();
        }
        Allocation allocation = cache.get(List.of(belief, truth), key -> search(belief, truth));
        last = new Searched(belief, truth, allocation);
        return allocation;
    }

    private Allocation search(Forecast belief, Forecast truth) {
        Allocation best = null;
        double bestAccuracy = -1;
        for (Optional<Allocation> rivalAllocation : rivalAllocations(belief)) {
            if (rivalAllocation.isEmpty()) {
                continue;
            }
            Allocation candidate = rivalAllocation.get();
            double accuracy = Expectation.of(truth, candidate).accuracy();
            if (accuracy > bestAccuracy) {
                best = candidate;
                bestAccuracy = accuracy;
            }
        }
        for (StrategyType strategy : Strategies.types()) {
            if (!SEARCHED.test(strategy)) {
                continue;
            }
            Cancellation.check();
            Allocation candidate = searchStrategy(truth, strategy);
            double accuracy = Expectation.of(truth, candidate).accuracy();
            if (accuracy > bestAccuracy) {
                best = candidate;
                bestAccuracy = accuracy;
            }
        }
        return best;
    }

    /** Each rival's allocation under {@code belief}, or empty where it refuses it, in the rivals' order. */
    private List<Optional<Allocation>> rivalAllocations(Forecast belief) {
        RivalsUnder known = lastRivals;
        if (known != null && known.belief() == belief) {
            return known.allocations();
        }
        List<Optional<Allocation>> allocations = rivalAllocations.get(belief, ignored -> rivals.stream()
                .map(rival -> allocationOf(rival, belief)).toList());
        lastRivals = new RivalsUnder(belief, allocations);
        return allocations;
    }

    private static Optional<Allocation> allocationOf(Policy rival, Forecast belief) {
        try {
            return Optional.of(rival.allocate(belief));
        } catch (IllegalArgumentException infeasible) {
            return Optional.empty();
        }
    }

    /**
     * A {@value #GRID}×{@value #GRID} scan of (share, size) first — the accuracy surface has ridges
     * where k or the strategy's cap changes, and a coordinate search from one start can stop on the
     * wrong one — then coordinate ascent from the best grid point, each coordinate refined within one
     * grid step by Brent's method.
     */
    private Allocation searchStrategy(Forecast truth, StrategyType strategy) {
        double shareStep = (MAX_LOGIT_SHARE - MIN_LOGIT_SHARE) / (GRID - 1);
        double sizeStep = 2 * MAX_LOG_SIZE_FACTOR / (GRID - 1);
        double logitShare = 0;
        double logSize = 0;
        double best = -1;
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID; j++) {
                double x = MIN_LOGIT_SHARE + i * shareStep;
                double y = -MAX_LOG_SIZE_FACTOR + j * sizeStep;
                double accuracy = accuracy(truth, strategy, x, y);
                if (accuracy > best) {
                    best = accuracy;
                    logitShare = x;
                    logSize = y;
                }
            }
        }
        for (int round = 0; round < 2; round++) {
            double size = logSize;
            double around = logitShare;
            logitShare = maximum(x -> accuracy(truth, strategy, x, size), Math.max(MIN_LOGIT_SHARE, around - shareStep),
                    Math.min(MAX_LOGIT_SHARE, around + shareStep));
            double share = logitShare;
            double aroundSize = logSize;
            logSize = maximum(y -> accuracy(truth, strategy, share, y),
                    Math.max(-MAX_LOG_SIZE_FACTOR, aroundSize - sizeStep), Math.min(MAX_LOG_SIZE_FACTOR, aroundSize + sizeStep));
        }
        return allocation(truth, strategy, logitShare, logSize);
    }

    /** A coarse grid of 9 points, refined by Brent's method within 40 more evaluations. */
    private static double maximum(DoubleUnaryOperator f, double low, double high) {
        return LogScaleSearch.minimum(x -> -f.applyAsDouble(x), low, high, 9, 40);
    }

    /**
     * The expected accuracy of a candidate of the search, or −1 when it cannot pay its plan for every
     * forecast query: for a starved allocation the expectation only approximates the exhaustion rules,
     * optimistically (OracleIsNeverBeatenTest: a model able to serve a third of 1e10 queries greedily
     * was expected at 0.54% and realised less than a fully served allocation expected at 0.20%), so
     * the oracle's own candidates serve the whole demand; rivals' allocations are weighed as they are.
     */
    private static double accuracy(Forecast truth, StrategyType strategy, double logitShare, double logSize) {
        Allocation candidate = allocation(truth, strategy, logitShare, logSize);
        Expectation expectation = Expectation.of(truth, candidate);
        Strategy created = strategy.create(truth.strategies(), candidate.params());
        double demand = truth.realQueries() * created.flopsPerQuery(truth.deployment(candidate.params()),
                expectation.k());
        return demand <= expectation.inferenceFlops() ? expectation.accuracy() : -1;
    }

    /** Training share σ(logitShare) of the budget, on a model e^logSize times the compute-optimal size. */
    private static Allocation allocation(Forecast truth, StrategyType strategy, double logitShare, double logSize) {
        double share = 1 / (1 + Math.exp(-logitShare));
        double trainingFlops = share * truth.budgetFlops();
        double optimal = Sizing.computeOptimal(truth, TrainingData.unfiltered(truth.pool()), trainingFlops).params();
        double params = optimal * Math.exp(logSize);
        double tokens = Math.max(1, truth.convention().tokensWithin(params, trainingFlops));
        return Allocation.of(params, tokens, strategy);
    }
}
