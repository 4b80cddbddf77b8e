package io.flopsplit.sweep;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The grid of a sweep: every combination of the varied keys' values, the first key varying slowest
 * (as nested loops over the keys in the order given).
 *
 * @param axes the varied keys, each at most once
 */
public record SweepGrid(List<SweepAxis> axes) {

    /** The most cells a sweep may have: a guard against a mistyped number of points. */
    public static final int MAX_CELLS = 100_000;

    public SweepGrid {
        axes = List.copyOf(axes);
        if (axes.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one varied key (--vary KEY=VALUES)");
        }
        Set<String> paths = new HashSet<>();
        long cells = 1;
        for (SweepAxis axis : axes) {
            if (!paths.add(axis.key().path())) {
                throw new IllegalArgumentException(axis.key().path() + " is varied twice; give each key one --vary");
            }
            cells *= axis.size();
            if (cells > MAX_CELLS) {
                throw new IllegalArgumentException("the grid would have more than " + MAX_CELLS + " cells ("
                        + String.join(" × ", axes.stream().map(a -> Integer.toString(a.size())).toList())
                        + "); vary fewer values");
            }
        }
    }

    /** The number of cells. */
    public int size() {
        int cells = 1;
        for (SweepAxis axis : axes) {
            cells *= axis.size();
        }
        return cells;
    }

    /** Every cell, in order. */
    public List<Cell> cells() {
        List<Cell> cells = new ArrayList<>(size());
        for (int index = 0; index < size(); index++) {
            cells.add(cell(index));
        }
        return cells;
    }

    /** Cell {@code index} (0-based) of the grid. */
    public Cell cell(int index) {
        if (index < 0 || index >= size()) {
            throw new IllegalArgumentException("index: must be in [0, " + size() + "), was " + index);
        }
        int[] positions = new int[axes.size()];
        int rest = index;
        for (int a = axes.size() - 1; a >= 0; a--) {
            positions[a] = rest % axes.get(a).size();
            rest /= axes.get(a).size();
        }
        List<Integer> list = new ArrayList<>();
        for (int position : positions) {
            list.add(position);
        }
        return new Cell(index, size(), axes, list);
    }
}
