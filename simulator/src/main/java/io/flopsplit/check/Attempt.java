package io.flopsplit.check;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.compute.NotFiniteException;
import io.flopsplit.policy.Policy;
import io.flopsplit.trial.World;

/**
 * What a policy did when asked to allocate in a world: an allocation, a refusal (an
 * {@link IllegalArgumentException} with a message: the documented way to turn down a world it cannot
 * serve), or a failure that breaks an invariant — a NaN or infinity that reached a validated value,
 * {@code null}, a refusal without a message, or any other exception.
 */
sealed interface Attempt {

    /** It allocated. */
    record Allocated(Allocation allocation) implements Attempt {
    }

    /** It refused, saying why. */
    record Refused(String reason) implements Attempt {
    }

    /** It broke {@code invariant}, as {@code message} says. */
    record Failed(Invariant invariant, String message) implements Attempt {
    }

    /** Asks {@code policy} to allocate in {@code world}, as a trial does: from its belief, told the truth. */
    static Attempt of(Policy policy, World world) {
        Allocation allocation;
        try {
            allocation = policy.allocate(world.belief(), world.truth());
        } catch (RuntimeException | StackOverflowError e) {
            return failure(e);
        }
        return allocation == null
                ? new Failed(Invariant.CLEAR_REFUSALS, "allocate returned null: neither an allocation nor a refusal"
                        + " with a message")
                : new Allocated(allocation);
    }

    private static Attempt failure(Throwable e) {
        if (NotFiniteException.among(e)) {
            return new Failed(Invariant.FINITE_RESULTS, "a NaN or infinity reached its allocation: " + e.getMessage());
        }
        if (e instanceof IllegalArgumentException) {
            return e.getMessage() == null || e.getMessage().isBlank()
                    ? new Failed(Invariant.CLEAR_REFUSALS, "refused without a message (" + e.getClass().getName() + ")")
                    : new Refused(e.getMessage());
        }
        return new Failed(Invariant.CLEAR_REFUSALS, "allocate failed with " + e + " instead of allocating or refusing"
                + " with an IllegalArgumentException");
    }
}
