package io.flopsplit.montecarlo;

import java.util.concurrent.CancellationException;

/**
 * A contestant's failure inside a trial, carrying which contestant failed so that the runner can
 * name it when several contestants play one trial together ({@link Contest#playAll}).
 */
final class ContestantFailure extends RuntimeException {

    private final int contestant;

    private ContestantFailure(int contestant, RuntimeException cause) {
        super(cause.getMessage(), cause);
        this.contestant = contestant;
    }

    int contestant() {
        return contestant;
    }

    /** Runs {@code play} for contestant {@code contestant}, attributing any failure but a cancellation to it. */
    static void attribute(int contestant, Runnable play) {
        try {
            play.run();
        } catch (CancellationException | ContestantFailure passOn) {
            throw passOn;
        } catch (RuntimeException e) {
            throw new ContestantFailure(contestant, e);
        }
    }
}
