package io.flopsplit.trial;

import io.flopsplit.allocation.Forecast;
import io.flopsplit.compute.Checks;
import io.flopsplit.engine.Hardware;
import io.flopsplit.engine.deployment.Demand;
import io.flopsplit.laws.LossLaw;

/**
 * Everything a trial is played in. What policies know is the {@link #belief()}: the budget, the
 * nominal law, the data pool and how selection works, the task suite, the forecast demand, the
 * query lengths, the strategies' nominal parameters and the FLOPs convention. What actually holds in
 * this trial is the {@link #truth()}: the same world with the trial's draws of whatever the scenario
 * makes uncertain (the law's constants, the lifetime demand, the strategies' parameters); only the
 * oracle is told it, and the simulator plays it. Besides: the demand as it arrives, the hardware that
 * sets the clock, the horizon, and how finely training and selection are played (chunks and batches:
 * more of them lets policies react more often).
 *
 * @param belief what policies know
 * @param truth what holds in this trial: the belief with the trial's draws
 * @param demand the queries as they arrive: weight, window, arrivals and exhaustion rule
 * @param hardware peak FLOP/s and utilisation
 * @param horizonHours when the trial ends
 * @param trainingChunks chunks pretraining is played in
 * @param selectionBatches batches the pool is scored in
 */
public record World(Forecast belief, Forecast truth, Demand demand, Hardware hardware, double horizonHours,
                    int trainingChunks, int selectionBatches) {

    public World {
        Checks.present("belief", belief);
        Checks.present("truth", truth);
        if (truth.budgetFlops() != belief.budgetFlops() || !truth.pool().equals(belief.pool())
                || !truth.suite().equals(belief.suite()) || !truth.convention().equals(belief.convention())) {
            throw new IllegalArgumentException("truth: must differ from the belief only in its draws (law, demand,"
                    + " strategy parameters)");
        }
        Checks.present("demand", demand);
        Checks.present("hardware", hardware);
        Checks.positive("horizonHours", horizonHours);
        Checks.inRange("trainingChunks", trainingChunks, 1, 100_000);
        Checks.inRange("selectionBatches", selectionBatches, 1, 100_000);
    }

    /** The budget. */
    public double budgetFlops() {
        return belief.budgetFlops();
    }

    /** The same world with another true law (a draw of the law's constants). */
    public World withTrueLaw(LossLaw law) {
        return new World(belief, truth.withLaw(law), demand, hardware, horizonHours, trainingChunks, selectionBatches);
    }
}
