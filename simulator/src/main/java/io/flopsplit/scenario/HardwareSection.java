package io.flopsplit.scenario;

import io.flopsplit.compute.Range;
import io.flopsplit.engine.Hardware;
import io.flopsplit.keys.Keys;
import io.flopsplit.keys.NumberKey;
import io.flopsplit.keys.Section;
import io.flopsplit.keys.WholeKey;
import io.flopsplit.keys.Written;
import io.flopsplit.yaml.Fields;
import java.util.List;

/**
 * The scenario's {@code hardware} section: the cluster that turns FLOPs into hours on the simulated
 * clock (by default 1,024 accelerators at 989 TFLOP/s, an H100's dense BF16 peak, at 40% utilisation).
 *
 * @param accelerators how many accelerators
 * @param peakFlopsPerSecond the peak of one accelerator
 * @param utilisation the share of the peak achieved
 */
public record HardwareSection(long accelerators, double peakFlopsPerSecond, double utilisation) {

    public static final WholeKey ACCELERATORS = Keys.whole("accelerators", "Accelerators in the cluster", 1024, 1,
            Integer.MAX_VALUE);
    public static final NumberKey PEAK = Keys.number("peakFlopsPerSecond", "Peak FLOP/s of one accelerator", 989e12,
            Range.openClosed(0, 1e21));
    public static final NumberKey UTILISATION = Keys.number("utilisation", "Share of the peak achieved", 0.4,
            Range.openClosed(0, 1));
    public static final Section SECTION = Section.of("hardware", "The cluster, which sets the simulated clock",
            List.of(ACCELERATORS, PEAK, UTILISATION));
    public static final HardwareSection DEFAULTS = read(Fields.empty());

    public HardwareSection {
        ACCELERATORS.check(accelerators);
        PEAK.check(peakFlopsPerSecond);
        UTILISATION.check(utilisation);
    }

    static HardwareSection read(Fields fields) {
        HardwareSection section = new HardwareSection(ACCELERATORS.read(fields), PEAK.read(fields),
                UTILISATION.read(fields));
        fields.finish();
        return section;
    }

    /** The cluster as the simulator's clock sees it. */
    public Hardware hardware() {
        return Hardware.cluster(Math.toIntExact(accelerators), peakFlopsPerSecond, utilisation);
    }

    Written write() {
        return new Written().put(ACCELERATORS, accelerators).put(PEAK, peakFlopsPerSecond).put(UTILISATION, utilisation);
    }
}
