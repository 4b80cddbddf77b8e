package io.flopsplit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.flopsplit.ReRunHint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The kernel's heap against a sorted set of (time, priority, sequence): random interleavings of
 * additions — with many equal times and priorities — and removals take events out in exactly the
 * reference order.
 */
@ExtendWith(ReRunHint.class)
class EventQueueProperties {

    private record Entry(double time, int priority, long sequence, Event event) {
    }

    private static final Comparator<Entry> ORDER = Comparator.comparingDouble(Entry::time)
            .thenComparingInt(Entry::priority).thenComparingLong(Entry::sequence);

    @Test
    void removesInTimePriorityInsertionOrder() {
        qt().forAll(lists().of(integers().between(-1, 11)).ofSizeBetween(0, 300)).checkAssert(operations -> {
            EventQueue queue = new EventQueue();
            TreeSet<Entry> reference = new TreeSet<>(ORDER);
            List<Event> taken = new ArrayList<>();
            List<Event> expected = new ArrayList<>();
            long sequence = 0;
            for (int operation : operations) {
                if (operation < 0) {
                    if (!reference.isEmpty()) {
                        expected.add(reference.pollFirst().event());
                        taken.add(queue.firstEvent());
                        queue.removeFirst();
                    }
                } else {
                    double time = operation / 4;
                    Event event = operation % 2 == 0
                            ? SimulationTest.marker((int) sequence) : SimulationTest.chunkMarker((int) sequence);
                    reference.add(new Entry(time, event.priority(), sequence++, event));
                    queue.add(time, event, 0);
                }
                assertEquals(reference.size(), queue.size());
            }
            while (!reference.isEmpty()) {
                expected.add(reference.pollFirst().event());
                taken.add(queue.firstEvent());
                queue.removeFirst();
            }
            assertEquals(expected, taken);
        });
    }
}
