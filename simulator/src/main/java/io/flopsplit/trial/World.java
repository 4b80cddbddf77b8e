package io.flopsplit.trial;

import io.flopsplit.allocation.Forecast;
import io.flopsplit.compute.Checks;
import io.flopsplit.compute.ComputeConvention;
import io.flopsplit.data.DataPool;
import io.flopsplit.data.SelectionOptions;
import io.flopsplit.engine.Hardware;
import io.flopsplit.engine.deployment.Demand;
import io.flopsplit.inference.StrategyParameters;
import io.flopsplit.laws.LossLaw;
import io.flopsplit.tasks.TaskSuite;

/**
 * Everything a trial is played in: the budget, the law policies believe and the law that actually
 * holds in this trial (equal unless the scenario makes the constants uncertain), the data pool and
 * how selection works, the task suite, the demand, the query lengths, the strategies' parameters,
 * the FLOPs convention, the hardware that sets the clock, the horizon, and how finely training and
 * selection are played (chunks and batches: more of them lets policies react more often).
 *
 * @param budgetFlops the total budget C
 * @param nominalLaw the law policies plan with
 * @param trueLaw the law that decides the losses reached in this trial
 * @param pool the candidate data pool
 * @param selection how data selection works
 * @param suite the task suite
 * @param demand queries, their weight, window, arrivals and exhaustion rule (what actually happens)
 * @param forecastQueries the lifetime real queries policies plan for (the demand's mean when it is uncertain)
 * @param promptTokens τ_in per query
 * @param answerTokens τ_out per answer
 * @param strategies parameters of the test-time strategies
 * @param convention FLOPs per parameter-token
 * @param hardware peak FLOP/s and utilisation
 * @param horizonHours when the trial ends
 * @param trainingChunks chunks pretraining is played in
 * @param selectionBatches batches the pool is scored in
 */
public record World(double budgetFlops, LossLaw nominalLaw, LossLaw trueLaw, DataPool pool, SelectionOptions selection,
                    TaskSuite suite, Demand demand, double forecastQueries, double promptTokens, double answerTokens,
                    StrategyParameters strategies, ComputeConvention convention, Hardware hardware,
                    double horizonHours, int trainingChunks, int selectionBatches) {

    public World {
        Checks.positive("budgetFlops", budgetFlops);
        Checks.present("nominalLaw", nominalLaw);
        Checks.present("trueLaw", trueLaw);
        Checks.present("pool", pool);
        Checks.present("selection", selection);
        Checks.present("suite", suite);
        Checks.present("demand", demand);
        Checks.nonNegative("forecastQueries", forecastQueries);
        Checks.nonNegative("promptTokens", promptTokens);
        Checks.positive("answerTokens", answerTokens);
        Checks.present("strategies", strategies);
        Checks.present("convention", convention);
        Checks.present("hardware", hardware);
        Checks.positive("horizonHours", horizonHours);
        Checks.inRange("trainingChunks", trainingChunks, 1, 100_000);
        Checks.inRange("selectionBatches", selectionBatches, 1, 100_000);
    }

    /** What policies know: the nominal law and the forecast demand in real queries. */
    public Forecast forecast() {
        return new Forecast(budgetFlops, nominalLaw, pool, selection, suite, forecastQueries, promptTokens,
                answerTokens, strategies, convention);
    }

    /** The same world with another true law (a Monte Carlo draw of the law's constants). */
    public World withTrueLaw(LossLaw law) {
        return new World(budgetFlops, nominalLaw, law, pool, selection, suite, demand, forecastQueries, promptTokens,
                answerTokens, strategies, convention, hardware, horizonHours, trainingChunks, selectionBatches);
    }
}
