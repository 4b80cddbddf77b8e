#!/usr/bin/env python3
"""The numpy side of the speed comparison with `flopsplit run scenarios/epoch-three-policies.yaml`.

What it computes, for every trial:
  1. the trial's true law: the constants (E, A, B, alpha, beta) of the `epoch` Chinchilla-form fit
     (Besiroglu et al. 2024, arXiv 2404.10102) drawn from independent normals with the published
     standard errors; a draw that makes no valid law (E < 0, A or B <= 0, an exponent outside
     [1e-3, 10]) is drawn again, as flopsplit's truncated multivariate normal does;
  2. the three policies' plans, made as flopsplit makes them (io.flopsplit.policy): each plans
     with the nominal law, so the plan is the same in every trial and is made once --
       chinchilla       the compute-optimal model (Hoffmann et al. 2022, Eq. 4) for what the
                        budget leaves after serving the forecast demand greedily with that model
                        (Sizing.computeOptimalWithReserve), greedy answers;
       fixed-split      half the budget trains the compute-optimal model, the other half serves
                        best-of-k with an oracle verifier at the largest k the forecast demand
                        affords (Sizing.largestAffordableK, k <= 10,000);
       inference-aware  the lowest loss with 6*N*D + 2*N*Q*(prompt + answer) = budget
                        (Sardana et al. 2024), found as flopsplit does: a 241-point scan of ln N
                        refined within its neighbours (LogScaleSearch.minimum), greedy answers;
  3. each policy's accuracy: the loss its model reaches under the trial's law, the ability
     theta = (L_ref - L)/s of the math-like suite, and the expected accuracy over the suite's
     1,024-node quadrature of difficulties b = -logit P, P ~ Beta(0.5395925, 0.3138810) (a
     power-law left tail of per-problem success; item response p = sigmoid(theta - b); best-of-k
     with an oracle verifier succeeds with 1 - (1 - p)^k). The nodes and weights are flopsplit's
     (io.flopsplit.tasks.LogitBetaQuadrature): 40% of them on log-spaced cells of the CDF in
     [1e-14, 1e-2], the rest on equal cells of [1e-2, 1], each the quantile of its cell's midpoint,
     weighing the cell's probability; they are computed once, with scipy's incomplete beta
     function.

It prints, per policy, the mean accuracy over trials with its 95% interval (Student t) and
standard deviation, the mean loss, the plan (params, training tokens, k), the share of trials in
which it is best (pBest, ties split) and the paired difference from chinchilla. A trial's
accuracy here is its expectation, so the spread is the law's alone, as in `flopsplit run` (which
also draws the Poisson count of real queries: the greedy policies drop what it exceeds the mean
by, about 1e-5 of accuracy); the two draw from different random streams, so compare them within
their intervals.

The constants are flopsplit's (SuitePresets, LawProfiles, Deployment, reference.yaml defaults);
keep them in step if those change. The expectations run in blocks of 1,024 trials, so the
temporaries stay small; each trial's loss and accuracy are kept (48 bytes a trial) for the
intervals and pBest. numpy's element-wise functions use one core.

Run it (numpy and scipy from Debian: apt-get install python3-numpy python3-scipy):
    /usr/bin/python3 simulator/bench/epoch_three_policies.py [--trials 10000] [--seed 1] [--format table|json]
and time it against flopsplit on the same work:
    /usr/bin/time -v /usr/bin/python3 simulator/bench/epoch_three_policies.py --trials 10000
    /usr/bin/time -v java -jar simulator/target/flopsplit.jar run scenarios/epoch-three-policies.yaml --threads 1
"""

import argparse
import json
import math
import statistics
import sys
import time

import numpy as np
from scipy import optimize, special

# The scenario (scenarios/epoch-three-policies.yaml) and flopsplit's defaults.
BUDGET_FLOPS = 1e23
REAL_QUERIES = 1e9
PROMPT_TOKENS = 200.0          # Deployment.DEFAULT_PROMPT_TOKENS
ANSWER_TOKENS = 280.0          # Deployment.DEFAULT_ANSWER_TOKENS
UNIQUE_TOKENS = 1e13           # data.uniqueTokens default: no run here repeats data
TRAINING_FLOPS_PER_PARAM_TOKEN = 6.0
INFERENCE_FLOPS_PER_PARAM_TOKEN = 2.0
FIXED_SPLIT_TRAINING_SHARE = 0.5
MAX_SAMPLES = 10_000           # Sizing.MAX_SAMPLES
# The epoch law (E, A, B, alpha, beta) and its standard errors (Besiroglu et al. 2024).
EPOCH = np.array([1.8172, 482.01, 2085.43, 0.3478, 0.3658])
EPOCH_SD = np.array([0.03, 124.58, 1293.23, 0.02, 0.02])
# The math-like suite (SuitePresets): P ~ Beta(alpha, beta), ability scale, discrimination 1.
DIFFICULTY_ALPHA = 0.5395925
DIFFICULTY_BETA = 0.3138810
REFERENCE_LOSS = 1.8061898
LOSS_SCALE = 0.04375391
GRID_POINTS = 1024             # TaskSuite.DEFAULT_GRID_POINTS
TAIL_SHARE, TAIL_FROM, TAIL_TO = 0.4, 1e-14, 1e-2   # LogitBetaQuadrature's grading
SEARCH_GRID_POINTS = 241       # LogScaleSearch's scan
BLOCK = 1024                   # trials per vectorised block
POLICIES = ("chinchilla", "fixed-split", "inference-aware")


def loss(law, params, tokens):
    e, a, b, alpha, beta = law
    return e + a / params ** alpha + b / tokens ** beta


def compute_optimal(law, training_flops):
    """Hoffmann et al. 2022, Eq. 4: N = G*(C/6)^(beta/(alpha+beta)), D = (C/6)/N."""
    e, a, b, alpha, beta = law
    param_tokens = training_flops / TRAINING_FLOPS_PER_PARAM_TOKEN
    g = (alpha * a / (beta * b)) ** (1 / (alpha + beta))
    params = math.exp(math.log(g) + beta / (alpha + beta) * math.log(param_tokens))
    return params, param_tokens / params


def greedy_serving_flops(params):
    return REAL_QUERIES * INFERENCE_FLOPS_PER_PARAM_TOKEN * params * (PROMPT_TOKENS + ANSWER_TOKENS)


def chinchilla_plan(law):
    """The N with N = N_opt(C - serving(N)): bisection on ln N (the gap rises with N)."""
    def gap(log_params):
        params = math.exp(log_params)
        left = BUDGET_FLOPS - greedy_serving_flops(params)
        if left <= TRAINING_FLOPS_PER_PARAM_TOKEN * params * 4:
            return 1.0
        return log_params - math.log(compute_optimal(law, left)[0])
    low, high = 0.0, max(1.0, math.log(compute_optimal(law, BUDGET_FLOPS)[0]))
    while high - low > 1e-12:
        middle = (low + high) / 2
        low, high = (middle, high) if gap(middle) < 0 else (low, middle)
    params = math.exp((low + high) / 2)
    tokens = (BUDGET_FLOPS - greedy_serving_flops(params)) / (TRAINING_FLOPS_PER_PARAM_TOKEN * params)
    return params, tokens, 1


def sampling_flops(params, k):
    return INFERENCE_FLOPS_PER_PARAM_TOKEN * params * (PROMPT_TOKENS + k * ANSWER_TOKENS)


def fixed_split_plan(law):
    """A compute-optimal model for half the budget; the largest k the rest affords per forecast query."""
    params, tokens = compute_optimal(law, FIXED_SPLIT_TRAINING_SHARE * BUDGET_FLOPS)
    per_query = (BUDGET_FLOPS - TRAINING_FLOPS_PER_PARAM_TOKEN * params * tokens) / REAL_QUERIES
    low, high = 1, MAX_SAMPLES
    while low < high:
        middle = (low + high + 1) // 2
        low, high = (middle, high) if sampling_flops(params, middle) <= per_query else (low, middle - 1)
    return params, tokens, low


def inference_aware_plan(law):
    """Lowest loss with training plus greedy serving costing the budget: scan ln N, refine the best bracket."""
    serving_per_param = greedy_serving_flops(1.0)
    def tokens_for(params):
        return (BUDGET_FLOPS - serving_per_param * params) / (TRAINING_FLOPS_PER_PARAM_TOKEN * params)
    def objective(log_params):
        params = math.exp(log_params)
        tokens = tokens_for(params)
        return sys.float_info.max if tokens < 1 else loss(law, params, tokens)
    high = math.log(BUDGET_FLOPS / (serving_per_param + TRAINING_FLOPS_PER_PARAM_TOKEN))
    step = high / (SEARCH_GRID_POINTS - 1)
    best = min(range(SEARCH_GRID_POINTS), key=lambda i: objective(i * step))
    left, right = max(0, best - 1) * step, min(SEARCH_GRID_POINTS - 1, best + 1) * step
    ratio = (math.sqrt(5) - 1) / 2
    while right - left > 1e-12:
        x1, x2 = right - ratio * (right - left), left + ratio * (right - left)
        left, right = (left, x2) if objective(x1) < objective(x2) else (x1, right)
    params = math.exp((left + right) / 2)
    return params, tokens_for(params), 1


def logit_beta_quantile(u):
    """The logit y with F(sigmoid(y)) = u, F the Beta CDF, solved in logit space as flopsplit does."""
    alpha, beta = DIFFICULTY_ALPHA, DIFFICULTY_BETA
    log_beta = special.betaln(alpha, beta)
    log_small = (math.log(u) + math.log(alpha) + log_beta) / alpha
    if log_small < math.log(1e-12):                      # tail P^alpha / (alpha B): no root finding
        return log_small - math.log1p(-math.exp(log_small))
    log_large = (math.log1p(-u) + math.log(beta) + log_beta) / beta
    if log_large < math.log(1e-12):
        return math.log1p(-math.exp(log_large)) - log_large
    if u <= 0.5:
        return optimize.brentq(lambda y: math.log(special.betainc(alpha, beta, special.expit(y))) - math.log(u),
                               -60, 60, xtol=1e-13)
    return optimize.brentq(lambda y: math.log(special.betainc(beta, alpha, special.expit(-y))) - math.log1p(-u),
                           -60, 60, xtol=1e-13)


def difficulty_nodes():
    """The suite's quadrature: difficulties b_j = -logit P_j and their weights (they sum to 1)."""
    tail = round(TAIL_SHARE * GRID_POINTS)
    body = GRID_POINTS - tail
    cells = [(math.exp(math.log(TAIL_FROM) + math.log(TAIL_TO / TAIL_FROM) * j / tail),
              math.exp(math.log(TAIL_FROM) + math.log(TAIL_TO / TAIL_FROM) * (j + 1) / tail)) for j in range(tail)]
    cells += [(TAIL_TO + (1 - TAIL_TO) * j / body, TAIL_TO + (1 - TAIL_TO) * (j + 1) / body) for j in range(body)]
    y = [logit_beta_quantile(math.sqrt(low * high) if j < tail else (low + high) / 2)
         for j, (low, high) in enumerate(cells)]
    weights = np.array([high - low for low, high in cells])
    weights[0] += TAIL_FROM
    return -np.array(y), weights


def draw_laws(rng, count):
    """Truncated normal draws of the law's constants: invalid rows are drawn again."""
    laws = EPOCH + EPOCH_SD * rng.standard_normal((count, 5))
    while True:
        e, a, b, alpha, beta = laws.T
        invalid = ((e < 0) | (a <= 0) | (b <= 0) | (alpha < 1e-3) | (alpha > 10) | (beta < 1e-3) | (beta > 10))
        redraw = int(invalid.sum())
        if redraw == 0:
            return laws
        laws[invalid] = EPOCH + EPOCH_SD * rng.standard_normal((redraw, 5))


def expected_accuracies(laws, plans, nodes):
    """Per trial and policy: the loss reached and the expected accuracy over the quadrature."""
    e, a, b, alpha, beta = (column[:, None] for column in laws.T)
    params = np.array([plan[0] for plan in plans])
    tokens = np.array([plan[1] for plan in plans])
    losses = e + a / params ** alpha + b / tokens ** beta
    difficulties, weights = nodes
    logits = (REFERENCE_LOSS - losses)[:, :, None] / LOSS_SCALE - difficulties
    accuracies = np.empty(losses.shape)
    for policy, (_, _, k) in enumerate(plans):
        x = logits[:, policy, :]
        if POLICIES[policy] == "fixed-split":
            success = -np.expm1(-k * np.logaddexp(0, x))     # coverage 1 - (1 - p)^k
        else:
            success = 0.5 * (1 + np.tanh(0.5 * x))            # p = sigmoid(x)
        accuracies[:, policy] = np.einsum("tj,j->t", success, weights)   # one core (BLAS would thread)
    return losses, accuracies


def t_quantile(level, freedom):
    """Student t quantile by the Cornish-Fisher expansion (exact to ~1e-6 for the freedoms used here)."""
    z = statistics.NormalDist().inv_cdf(0.5 + level / 2)
    return z + (z ** 3 + z) / (4 * freedom) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * freedom ** 2)


def interval(values):
    n = len(values)
    mean = float(values.mean())
    sd = float(values.std(ddof=1))
    half = t_quantile(0.95, n - 1) * sd / math.sqrt(n)
    return mean, mean - half, mean + half, sd


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--format", choices=("table", "json"), default="table")
    options = parser.parse_args()
    if options.trials < 2:
        parser.error("--trials: must be at least 2, was %d" % options.trials)
    started, cpu = time.perf_counter(), time.process_time()

    plans = [chinchilla_plan(EPOCH), fixed_split_plan(EPOCH), inference_aware_plan(EPOCH)]
    if any(plan[1] > UNIQUE_TOKENS for plan in plans):
        sys.exit("a plan repeats data; this script does not model the repetition decay")
    nodes = difficulty_nodes()
    rng = np.random.default_rng(options.seed)
    losses = np.empty((options.trials, len(POLICIES)))
    accuracies = np.empty((options.trials, len(POLICIES)))
    for first in range(0, options.trials, BLOCK):
        count = min(BLOCK, options.trials - first)
        block_losses, block_accuracies = expected_accuracies(draw_laws(rng, count), plans, nodes)
        losses[first:first + count] = block_losses
        accuracies[first:first + count] = block_accuracies

    best = accuracies == accuracies.max(axis=1, keepdims=True)
    best_shares = (best / best.sum(axis=1, keepdims=True)).mean(axis=0)     # ties split
    rows = []
    for p, name in enumerate(POLICIES):
        mean, low, high, sd = interval(accuracies[:, p])
        row = {"policy": name, "accuracy": mean, "ciLow": low, "ciHigh": high, "sd": sd,
               "loss": float(losses[:, p].mean()), "params": plans[p][0], "trainingTokens": plans[p][1],
               "k": plans[p][2], "pBest": float(best_shares[p]), "trials": options.trials}
        if p > 0:
            difference, difference_low, difference_high, _ = interval(accuracies[:, p] - accuracies[:, 0])
            row.update(vsBaseline=difference, differenceCiLow=difference_low, differenceCiHigh=difference_high)
        rows.append(row)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu

    if options.format == "json":
        for row in rows:
            print(json.dumps(row))
    else:
        print("%-16s %-9s %-9s %-8s %-7s %-10s %-10s %-5s %-7s %-10s %s" % ("policy", "accuracy", "±", "sd",
              "loss", "params", "tokens", "k", "pBest", "vsBaseline", "differenceCi"))
        for row in rows:
            difference = ("%+.5f    [%+.5f, %+.5f]" % (row["vsBaseline"], row["differenceCiLow"],
                          row["differenceCiHigh"]) if "vsBaseline" in row else "baseline")
            print("%-16s %-9.5f %-9.5f %-8.5f %-7.4f %-10.4g %-10.4g %-5d %-7.4f %s" % (row["policy"],
                  row["accuracy"], (row["ciHigh"] - row["ciLow"]) / 2, row["sd"], row["loss"], row["params"],
                  row["trainingTokens"], row["k"], row["pBest"], difference))
        print("%d trials, seed %d, 95%% intervals; expected accuracies over %d quadrature nodes."
              % (options.trials, options.seed, GRID_POINTS))
    print("computed in %.3f s wall, %.3f s CPU (%.1f µs CPU per trial), after imports"
          % (elapsed, cpu, 1e6 * cpu / options.trials), file=sys.stderr)


if __name__ == "__main__":
    main()
