package io.flopsplit.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;

class ZeroContourTest {

    private static double[] steps(double from, double to, int count) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = from + (to - from) * i / (count - 1);
        }
        return values;
    }

    private static double[][] sample(double[] us, double[] vs, DoubleBinaryOperator f) {
        double[][] z = new double[us.length][vs.length];
        for (int i = 0; i < us.length; i++) {
            for (int j = 0; j < vs.length; j++) {
                z[i][j] = f.applyAsDouble(us[i], vs[j]);
            }
        }
        return z;
    }

    @Test
    void aPlaneCrossesZeroAlongOneStraightOpenLine() {
        double[] us = steps(0, 5, 11);
        double[] vs = steps(0, 3, 7);
        List<List<ZeroContour.Point>> pieces = ZeroContour.of(us, vs, sample(us, vs, (u, v) -> u - 2.3));
        assertEquals(1, pieces.size());
        List<ZeroContour.Point> line = pieces.get(0);
        assertEquals(vs.length, line.size(), "one cut per horizontal grid line");
        line.forEach(p -> assertEquals(2.3, p.u(), 1e-12));
        double first = line.get(0).v();
        double last = line.get(line.size() - 1).v();
        assertEquals(3, Math.abs(last - first), 1e-12, "runs from edge to edge");
    }

    @Test
    void aCircleIsOneClosedLoopNearTheTrueCircle() {
        double[] us = steps(-2, 2, 41);
        double[] vs = steps(-2, 2, 41);
        List<List<ZeroContour.Point>> pieces = ZeroContour.of(us, vs, sample(us, vs, (u, v) -> u * u + v * v - 1));
        assertEquals(1, pieces.size());
        List<ZeroContour.Point> loop = pieces.get(0);
        assertEquals(loop.get(0), loop.get(loop.size() - 1), "a closed loop ends where it starts");
        assertTrue(loop.size() > 40, "points: " + loop.size());
        // Linear interpolation of u² + v² − 1 along an edge of length h errs by at most h²/4 in radius.
        loop.forEach(p -> assertEquals(1, Math.hypot(p.u(), p.v()), 0.0025 + 1e-12, p.toString()));
    }

    @Test
    void twoSeparateZeroLinesStaySeparate() {
        double[] us = steps(0, 4, 9);
        double[] vs = steps(0, 2, 5);
        List<List<ZeroContour.Point>> pieces = ZeroContour.of(us, vs, sample(us, vs, (u, v) -> (u - 1.1) * (u - 2.9)));
        assertEquals(2, pieces.size());
    }

    @Test
    void aSaddleIsResolvedByTheCellCentre() {
        double[] us = {0, 1};
        double[] vs = {0, 1};
        // Corners a(0,0) and c(1,1) positive, b and d negative; centre mean 0.25 > 0 joins a and c.
        double[][] z = {{1, -0.5}, {-0.5, 1}};
        List<List<ZeroContour.Point>> pieces = ZeroContour.of(us, vs, z);
        assertEquals(2, pieces.size());
        for (List<ZeroContour.Point> piece : pieces) {
            ZeroContour.Point p = piece.get(0);
            ZeroContour.Point q = piece.get(1);
            boolean aroundB = p.u() > 0.5 && q.u() > 0.5 || p.v() < 0.5 && q.v() < 0.5 && p.u() + q.u() > 1;
            boolean aroundD = p.u() < 0.5 && q.u() < 0.5 || p.v() > 0.5 && q.v() > 0.5 && p.u() + q.u() < 1;
            assertTrue(aroundB || aroundD, "each piece cuts off a negative corner: " + piece);
        }
    }

    @Test
    void noSignChangeNoContour() {
        double[] us = steps(0, 1, 4);
        double[] vs = steps(0, 1, 4);
        assertTrue(ZeroContour.of(us, vs, sample(us, vs, (u, v) -> 1 + u + v)).isEmpty());
    }
}
