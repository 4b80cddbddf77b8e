package io.flopsplit.random;

/**
 * What a random stream is drawn for. Every purpose has its own stream in each trial, so that a
 * policy drawing more samples than another never shifts the problems or arrivals the other sees:
 * common random numbers hold purpose by purpose.
 */
public enum Purpose {
    /** Uncertain inputs of the scenario: scaling-law constants, difficulty parameters, volumes. */
    SCENARIO_PARAMETERS,
    /** Query arrival times. */
    ARRIVALS,
    /** Which problem each query draws from the task suite. */
    PROBLEMS,
    /** Outcomes of samples, votes and search steps. */
    SAMPLES,
    /** Scores of learned verifiers and process reward models. */
    VERIFIER_SCORES,
    /** The difficulty probes of adaptive strategies: their answers, scores and the bin they give. */
    DIFFICULTY_ESTIMATES,
    /** Data selection: which pool tokens are scored and kept. */
    DATA_SELECTION,
    /** Bootstrap resampling of fitted runs: which runs each resample draws (its trial is the resample). */
    RESAMPLING
}
