package io.flopsplit.check;

import java.util.Locale;
import java.util.Optional;

/**
 * The verdict on one invariant of one policy: passed, falsified (with the shrunk counterexample), or
 * untested (every world was refused, so nothing was shown). Worlds counts the distinct worlds looked
 * at; refused, those the policy turned down with a message (which count as neither passing nor
 * failing, but are reported).
 *
 * @param policy the policy's name
 * @param invariant the invariant
 * @param status the verdict
 * @param worlds distinct worlds looked at
 * @param refused how many of them the policy refused
 * @param detail the violation when falsified, otherwise a refusal's message (empty without one)
 * @param counterexample the shrunk counterexample, when falsified
 * @param options the options it was checked with (its seed re-runs the check)
 */
public record InvariantResult(String policy, Invariant invariant, Status status, int worlds, int refused, String detail,
                              Optional<Counterexample> counterexample, CheckOptions options) {

    /** The verdict. */
    public enum Status {
        PASSED, FALSIFIED, UNTESTED;

        /** As reports write it. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether the invariant was shown to hold. */
    public boolean passed() {
        return status == Status.PASSED;
    }
}
