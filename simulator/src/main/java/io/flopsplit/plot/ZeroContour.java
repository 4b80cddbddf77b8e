package io.flopsplit.plot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The zero level set of values on a rectangular grid, by marching squares (Lorensen &amp; Cline's
 * marching cubes in two dimensions): every cell edge whose ends differ in sign (> 0 against ≤ 0) is
 * cut where linear interpolation crosses zero; each cell joins its cuts pairwise, and an ambiguous
 * saddle cell (four cuts) is resolved by the sign of the mean of its corners. Cuts are named by
 * their edge, so neighbouring cells share them exactly and the pieces join into polylines.
 */
final class ZeroContour {

    /** A point of the contour, in the grid's drawing coordinates. */
    record Point(double u, double v) {
    }

    private final double[] us;
    private final double[] vs;
    private final double[][] z;
    private final Map<Long, List<Long>> links = new HashMap<>();

    private ZeroContour(double[] us, double[] vs, double[][] z) {
        this.us = us;
        this.vs = vs;
        this.z = z;
    }

    /**
     * The contour pieces of {@code z[i][j]} (at u = us[i], v = vs[j]) as polylines; a closed loop
     * ends where it starts.
     */
    static List<List<Point>> of(double[] us, double[] vs, double[][] z) {
        if (z.length != us.length) {
            throw new IllegalArgumentException("z: needs one row per x value (" + us.length + "), was " + z.length);
        }
        for (int i = 0; i < z.length; i++) {
            if (z[i].length != vs.length) {
                throw new IllegalArgumentException("z[" + i + "]: needs one value per y value (" + vs.length
                        + "), was " + z[i].length);
            }
        }
        ZeroContour contour = new ZeroContour(us, vs, z);
        contour.march();
        return contour.chains();
    }

    private void march() {
        for (int i = 0; i + 1 < us.length; i++) {
            for (int j = 0; j + 1 < vs.length; j++) {
                cell(i, j);
            }
        }
    }

    /** Corners a (i, j), b (i+1, j), c (i+1, j+1), d (i, j+1); edges bottom, right, top, left. */
    private void cell(int i, int j) {
        boolean a = z[i][j] > 0;
        boolean b = z[i + 1][j] > 0;
        boolean c = z[i + 1][j + 1] > 0;
        boolean d = z[i][j + 1] > 0;
        long bottom = horizontal(i, j);
        long right = vertical(i + 1, j);
        long top = horizontal(i, j + 1);
        long left = vertical(i, j);
        List<Long> cuts = new ArrayList<>(4);
        if (a != b) {
            cuts.add(bottom);
        }
        if (b != c) {
            cuts.add(right);
        }
        if (c != d) {
            cuts.add(top);
        }
        if (d != a) {
            cuts.add(left);
        }
        if (cuts.size() == 2) {
            link(cuts.get(0), cuts.get(1));
        } else if (cuts.size() == 4) {
            boolean centre = (z[i][j] + z[i + 1][j] + z[i + 1][j + 1] + z[i][j + 1]) / 4 > 0;
            if (a != centre) {
                link(bottom, left);
                link(right, top);
            } else {
                link(bottom, right);
                link(top, left);
            }
        }
    }

    private long horizontal(int i, int j) {
        return ((long) i * vs.length + j) * 2;
    }

    private long vertical(int i, int j) {
        return ((long) i * vs.length + j) * 2 + 1;
    }

    private void link(long p, long q) {
        links.computeIfAbsent(p, k -> new ArrayList<>(2)).add(q);
        links.computeIfAbsent(q, k -> new ArrayList<>(2)).add(p);
    }

    /** Where the edge is cut: linear interpolation of z to zero between its ends. */
    private Point point(long edge) {
        long node = edge / 2;
        int i = (int) (node / vs.length);
        int j = (int) (node % vs.length);
        boolean isHorizontal = edge % 2 == 0;
        int i2 = isHorizontal ? i + 1 : i;
        int j2 = isHorizontal ? j : j + 1;
        double t = z[i][j] / (z[i][j] - z[i2][j2]);
        return new Point(us[i] + t * (us[i2] - us[i]), vs[j] + t * (vs[j2] - vs[j]));
    }

    private List<List<Point>> chains() {
        List<List<Point>> chains = new ArrayList<>();
        Map<Long, Boolean> visited = new HashMap<>();
        for (boolean openEndsFirst : new boolean[] {true, false}) {
            for (long start : links.keySet().stream().sorted().toList()) {
                boolean openEnd = links.get(start).size() == 1;
                if (!visited.containsKey(start) && openEnd == openEndsFirst) {
                    chains.add(walk(start, visited));
                }
            }
        }
        return chains;
    }

    private List<Point> walk(long start, Map<Long, Boolean> visited) {
        List<Point> chain = new ArrayList<>();
        long previous = -1;
        long current = start;
        while (true) {
            chain.add(point(current));
            visited.put(current, true);
            long next = -1;
            for (long neighbour : links.get(current)) {
                if (neighbour != previous && (!visited.containsKey(neighbour) || neighbour == start)) {
                    next = neighbour;
                    break;
                }
            }
            if (next < 0) {
                return chain;
            }
            if (next == start) {
                chain.add(point(start));
                return chain;
            }
            previous = current;
            current = next;
        }
    }
}
