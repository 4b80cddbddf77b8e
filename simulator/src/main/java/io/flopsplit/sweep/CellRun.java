package io.flopsplit.sweep;

import io.flopsplit.montecarlo.PolicyContest;
import io.flopsplit.policy.Policy;
import io.flopsplit.montecarlo.RunOptions;
import io.flopsplit.scenario.EffectiveScenario;
import io.flopsplit.scenario.MonteCarloSection;
import io.flopsplit.scenario.Scenario;
import io.flopsplit.scenario.ScenarioWorlds;
import io.flopsplit.trial.World;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One cell to play: its scenario and how its Monte Carlo comparison runs. Every cell of a variant
 * gets the same trials and master seed, so trial t of every cell draws from the same random streams
 * (common random numbers across cells as well as across policies).
 *
 * @param number the cell's place among every cell of the sweep, variants included (1-based)
 * @param cell the cell and its scenario
 * @param options trials, seed, precision, level and baseline
 */
public record CellRun(int number, CellScenario cell, RunOptions options) {

    private static final int FINGERPRINT_HEX_DIGITS = 16;

    public CellRun {
        if (number < 1) {
            throw new IllegalArgumentException("number: must be >= 1, was " + number);
        }
        if (cell == null || options == null) {
            throw new IllegalArgumentException("cell and options: must be given");
        }
    }

    /** The cell's comparison of policies, with common random numbers. */
    public PolicyContest contest() {
        Scenario scenario = cell.scenario();
        return new PolicyContest(scenario.policies(), new ScenarioWorlds(scenario));
    }

    /**
     * Asks every policy for its split in the cell's nominal world (every uncertain input at its mean),
     * so that a cell where a policy cannot act — a budget too small to score the pool, say — stops the
     * sweep before any trial runs, naming the policy and the cell.
     */
    public void preflight() {
        World world = new ScenarioWorlds(cell.scenario()).nominal();
        for (Policy policy : cell.scenario().policies()) {
            try {
                policy.allocate(world.belief(), world.truth());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("policy " + policy.name() + ": " + e.getMessage() + ", in "
                        + cell.cell().source(), e);
            }
        }
    }

    /** The effective scenario of the cell: its values, every default, and the trials and seed it runs with. */
    public Scenario effective() {
        Scenario scenario = cell.scenario();
        return scenario.withMontecarlo(new MonteCarloSection(options.maxTrials(), options.seed(), options.precision(),
                options.level()));
    }

    /**
     * The first {@value #FINGERPRINT_HEX_DIGITS} hex digits of the SHA-256 of the effective scenario:
     * a result written for this cell is reused by a resumed sweep only if it matches.
     */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(EffectiveScenario.yaml(effective()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, FINGERPRINT_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
