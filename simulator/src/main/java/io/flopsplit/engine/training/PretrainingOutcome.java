package io.flopsplit.engine.training;

import io.flopsplit.compute.Checks;
import java.util.OptionalDouble;

/**
 * Where pretraining stood when a trial ended.
 *
 * @param status whether training ran, and how it ended
 * @param params model size N
 * @param plannedTokens tokens the plan (as last resized) meant to train
 * @param tokensTrained tokens actually trained; 0 if no chunk finished
 * @param effectiveTokens tokens trained after repetition decay and quality; 0 if none
 * @param chunksDone chunks finished
 * @param loss the loss reached, empty if no chunk finished (an untrained model has no loss under these laws)
 * @param finishedAtHours when training completed or stopped, empty if it did not (the time to deploy)
 */
public record PretrainingOutcome(Status status, double params, double plannedTokens, double tokensTrained,
                                 double effectiveTokens, int chunksDone, OptionalDouble loss,
                                 OptionalDouble finishedAtHours) {

    /** How pretraining ended. */
    public enum Status {
        /** Never started: an earlier phase was still running when the horizon ended. */
        NOT_STARTED,
        /** Started, but the horizon ended it mid-way. */
        CUT_BY_HORIZON,
        /** Trained every planned token. */
        COMPLETED,
        /** A hook stopped it before the planned tokens were trained. */
        STOPPED_EARLY
    }

    public PretrainingOutcome {
        Checks.present("status", status);
        Checks.positive("params", params);
        Checks.nonNegative("plannedTokens", plannedTokens);
        Checks.nonNegative("tokensTrained", tokensTrained);
        Checks.nonNegative("effectiveTokens", effectiveTokens);
        Checks.nonNegative("chunksDone", chunksDone);
        Checks.present("loss", loss).ifPresent(value -> Checks.positive("loss", value));
        Checks.present("finishedAtHours", finishedAtHours).ifPresent(value -> Checks.nonNegative("finishedAtHours", value));
    }
}
