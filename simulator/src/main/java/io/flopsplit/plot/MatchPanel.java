package io.flopsplit.plot;

import io.flopsplit.compute.Checks;
import java.util.List;

/**
 * One panel of the FLOPs-matched comparison: at one inference ratio R, the accuracy of the small
 * model with each test-time strategy and of the larger model, per difficulty bin.
 *
 * @param heading the panel's heading, e.g. {@code R = 10}
 * @param bins the difficulty bins, easiest first
 * @param bars one set of bars per contender (the small model with a strategy, the large model)
 */
public record MatchPanel(String heading, List<String> bins, List<Bars> bars) {

    public MatchPanel {
        Checks.present("heading", heading);
        bins = List.copyOf(bins);
        bars = List.copyOf(bars);
        if (bins.isEmpty() || bars.isEmpty()) {
            throw new IllegalArgumentException(heading + ": needs at least one bin and one contender");
        }
    }
}
