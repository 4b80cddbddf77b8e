package io.flopsplit.engine;

import java.util.Arrays;

/**
 * The kernel's pending events: a binary min-heap ordered by (time, priority, insertion sequence),
 * held in parallel primitive arrays so that a trial's ~10^4 events cost no boxing and no entry
 * objects beyond the events themselves. The sequence number makes the order total, hence
 * deterministic: two events never compare equal.
 */
final class EventQueue {

    private static final int INITIAL_CAPACITY = 16;

    private double[] times = new double[INITIAL_CAPACITY];
    private int[] priorities = new int[INITIAL_CAPACITY];
    private long[] sequences = new long[INITIAL_CAPACITY];
    private int[] owners = new int[INITIAL_CAPACITY];
    private Event[] events = new Event[INITIAL_CAPACITY];
    private int size;
    private long nextSequence;

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    /** Adds {@code event} at {@code timeHours}, owned by process number {@code owner}. */
    void add(double timeHours, Event event, int owner) {
        if (size == times.length) {
            grow();
        }
        int slot = size++;
        put(slot, timeHours, event.priority(), nextSequence++, owner, event);
        siftUp(slot);
    }

    double firstTime() {
        return times[0];
    }

    Event firstEvent() {
        return events[0];
    }

    int firstOwner() {
        return owners[0];
    }

    /** Removes the first event. */
    void removeFirst() {
        size--;
        move(size, 0);
        events[size] = null;
        if (size > 0) {
            siftDown(0);
        }
    }

    private void siftUp(int slot) {
        while (slot > 0) {
            int parent = (slot - 1) >>> 1;
            if (!before(slot, parent)) {
                return;
            }
            swap(slot, parent);
            slot = parent;
        }
    }

    private void siftDown(int slot) {
        while (true) {
            int child = 2 * slot + 1;
            if (child >= size) {
                return;
            }
            if (child + 1 < size && before(child + 1, child)) {
                child++;
            }
            if (!before(child, slot)) {
                return;
            }
            swap(slot, child);
            slot = child;
        }
    }

    /** Whether the entry in slot {@code a} runs before the one in slot {@code b}. */
    private boolean before(int a, int b) {
        if (times[a] != times[b]) {
            return times[a] < times[b];
        }
        if (priorities[a] != priorities[b]) {
            return priorities[a] < priorities[b];
        }
        return sequences[a] < sequences[b];
    }

    private void swap(int a, int b) {
        double time = times[a];
        int priority = priorities[a];
        long sequence = sequences[a];
        int owner = owners[a];
        Event event = events[a];
        move(b, a);
        put(b, time, priority, sequence, owner, event);
    }

    private void move(int from, int to) {
        put(to, times[from], priorities[from], sequences[from], owners[from], events[from]);
    }

    private void put(int slot, double time, int priority, long sequence, int owner, Event event) {
        times[slot] = time;
        priorities[slot] = priority;
        sequences[slot] = sequence;
        owners[slot] = owner;
        events[slot] = event;
    }

    private void grow() {
        int capacity = times.length * 2;
        times = Arrays.copyOf(times, capacity);
        priorities = Arrays.copyOf(priorities, capacity);
        sequences = Arrays.copyOf(sequences, capacity);
        owners = Arrays.copyOf(owners, capacity);
        events = Arrays.copyOf(events, capacity);
    }
}
