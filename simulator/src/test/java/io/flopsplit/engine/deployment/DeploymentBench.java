package io.flopsplit.engine.deployment;

import io.flopsplit.arrivals.Arrivals;
import io.flopsplit.compute.ComputeConvention;
import io.flopsplit.data.TrainingData;
import io.flopsplit.engine.EventListener;
import io.flopsplit.engine.Hardware;
import io.flopsplit.engine.Simulation;
import io.flopsplit.engine.training.PretrainingPlan;
import io.flopsplit.engine.training.PretrainingProcess;
import io.flopsplit.engine.training.TrainingHook;
import io.flopsplit.inference.BestOfKOracle;
import io.flopsplit.inference.Deployment;
import io.flopsplit.inference.TestDeployments;
import io.flopsplit.laws.LawProfiles;
import io.flopsplit.laws.LossLaw;
import io.flopsplit.ledger.Ledger;
import io.flopsplit.ledger.Phase;
import io.flopsplit.random.RandomStreams;
import io.flopsplit.tasks.SuitePresets;
import io.flopsplit.tasks.TaskSuite;
import java.util.Arrays;
import java.util.List;

/**
 * The deployment benchmark: one trial is selection-free pretraining of a 1e9-parameter model in four
 * chunks, then a deployment of 10^9 expected real queries, 10^4 of them simulated with sampled
 * outcomes (each standing for 10^5 real ones), served best-of-16 with an oracle verifier, on one thread. Target: at least 20 trials per second
 * per core (under 50 ms a trial). Not a test — timings never go in tests. Run from the repository
 * root after {@code mvn -B -o -q -pl simulator test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt}:
 * <pre>{@code
 * java -cp simulator/target/classes:simulator/target/test-classes:$(cat simulator/target/cp.txt) \
 *     io.flopsplit.engine.deployment.DeploymentBench [trials] [warm-up trials]
 * }</pre>
 * It prints the median and the 90th percentile of the milliseconds per trial and the trials per
 * second at the median.
 */
final class DeploymentBench {

    static final LossLaw LAW = LawProfiles.find("chinchilla").orElseThrow().law();
    static final TaskSuite SUITE = SuitePresets.resolve("math-like");
    static final double PARAMS = 1e9;
    static final double SIMULATED_QUERIES = 1e4;
    static final int K = 16;

    private DeploymentBench() {
    }

    public static void main(String[] args) {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        RandomStreams streams = new RandomStreams(2024);
        double checksum = 0;
        for (int i = 0; i < warmUp; i++) {
            checksum += trial(streams).accuracy();
        }
        double[] millis = new double[trials];
        long events = 0;
        for (int i = 0; i < trials; i++) {
            long start = System.nanoTime();
            DeploymentOutcome outcome = trial(streams);
            millis[i] = (System.nanoTime() - start) / 1e6;
            checksum += outcome.accuracy();
            events += outcome.batches();
        }
        Arrays.sort(millis);
        double median = millis[trials / 2];
        System.out.printf("deployment of 1e9 real queries (%.0f simulated, sampled outcomes) served %s@%d after 4"
                + " training chunks, %d trials after %d warm-up%n", SIMULATED_QUERIES, BestOfKOracle.ID, K, trials, warmUp);
        System.out.printf("median %.2f ms per trial (p90 %.2f ms), %.1f trials/s on one thread; %.0f batches per trial; checksum %.4f%n",
                median, millis[(int) (trials * 0.9)], 1000 / median, (double) events / trials, checksum);
    }

    /** One trial: pretraining, then deployment, on a fresh ledger and the next trial's streams. */
    static DeploymentOutcome trial(RandomStreams streams) {
        double trainingFlops = 6 * PARAMS * 20 * PARAMS;
        Deployment deployment = TestDeployments.of(PARAMS);
        Demand demand = new Demand(1e9, SIMULATED_QUERIES, 24 * 365, Arrivals.poisson(), Exhaustion.SERVE_PAID,
                Outcomes.SAMPLED);
        double inferenceFlops = 1.1 * demand.realQueries() * new BestOfKOracle().flopsPerQuery(deployment, K);
        Ledger ledger = Ledger.allocated(trainingFlops + inferenceFlops, 0, trainingFlops, 0);
        ledger.allocateRest(Phase.INFERENCE);
        PretrainingPlan plan = PretrainingPlan.forFlops(LAW, TrainingData.unfiltered(1e13), PARAMS, trainingFlops, 4,
                ComputeConvention.STANDARD);
        PretrainingProcess training = new PretrainingProcess(plan, TrainingHook.PROCEED);
        DeploymentProcess serving = DeploymentProcess.after(training, new BestOfKOracle(), K, SUITE, deployment, demand,
                streams.next());
        new Simulation(Hardware.cluster(1024, 989e12, 0.4), ledger, 24 * 365 * 2, EventListener.NONE)
                .run(List.of(training, serving));
        return serving.outcome();
    }
}
