package io.flopsplit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.inference.Greedy;
import io.flopsplit.policy.Policies;
import io.flopsplit.policy.Policy;
import io.flopsplit.policy.PolicyType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario that was checked and still fails inside a trial is flopsplit's defect, not the user's
 * input: exit code 1 and "internal error", never the exit code 2 of bad input.
 */
class TrialFailureTest {

    @TempDir
    Path directory;

    /** Plays in the nominal world, refuses any other: a defect that only trials can reach. */
    record Fickle() implements Policy {
        static final PolicyType<Fickle> TYPE = PolicyType.of("fickle", "Refuses every world but the nominal one",
                Fickle.class, Fickle::new);

        @Override
        public PolicyType<Fickle> type() {
            return TYPE;
        }

        @Override
        public Allocation allocate(Forecast forecast) {
            return Allocation.of(1e9, 1e10, Greedy.TYPE);
        }

        @Override
        public Allocation allocate(Forecast belief, Forecast truth) {
            if (!belief.equals(truth)) {
                throw new IllegalArgumentException("tokens: must be > 0, was -184.2");
            }
            return allocate(belief);
        }
    }

    @Test
    void aFailureInsideATrialIsAnInternalErrorWithExitCodeOne() throws Exception {
        Path file = directory.resolve("fickle.yaml");
        Files.writeString(file, String.join("\n",
                "deployment: {queries: {lognormal: {median: 1e9, sigma: 0.5}}, simulatedQueries: 50}",
                "policies: [chinchilla, fickle]",
                "montecarlo: {trials: 2}", ""));
        try (Policies.Registration registration = Policies.register(Fickle.TYPE)) {
            assertEquals(0, CommandLineRun.of("validate", file.toString()).code());
            CommandLineRun run = CommandLineRun.of("run", file.toString());
            assertEquals(1, run.code(), run.err());
            assertTrue(run.err().startsWith("flopsplit run: internal error: java.lang.IllegalStateException: fickle failed"
                    + " in trial 0, though the run was checked before it started: policy fickle: tokens: must be > 0,"
                    + " was -184.2 (please report it)"), run.err());
        }
    }
}
