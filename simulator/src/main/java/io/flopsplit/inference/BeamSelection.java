package io.flopsplit.inference;

/**
 * How many correct candidates survive when the top {@code keep} of {@code candidates} scored
 * candidates are kept, scores N(d, 1) for correct and N(0, σ_w²) for wrong ones (σ_w the wrong
 * lines' score noise, {@link BeamSearch#WRONG_NOISE}): the matrix
 * P[c][r] = P(r correct kept | c correct among the candidates). Conditioning on the score t of the
 * last kept candidate,
 * P(R = r) = ∫ c·φ(t − d)·B(r − 1; c − 1, Φ̄(t − d))·B(keep − r; w, Φ̄(t/σ_w))
 *          + w·φ(t/σ_w)/σ_w·B(r; c, Φ̄(t − d))·B(keep − r − 1; w − 1, Φ̄(t/σ_w)) dt,
 * with w = candidates − c and B the binomial pmf, integrated by Simpson's rule (step 0.1·min(1, σ_w))
 * over eight standard deviations either side of both classes' means.
 */
final class BeamSelection {

    private static final double STEP = 0.1;
    private static final double REACH = 8;

    private BeamSelection() {
    }

    /** The matrix P[c][r], c = 0..candidates, r = 0..keep, each row summing to one. */
    static double[][] table(int candidates, int keep, double separation, double wrongNoise) {
        double[][] table = new double[candidates + 1][keep + 1];
        for (int c = 0; c <= candidates; c++) {
            if (candidates <= keep || !Double.isFinite(separation)) {
                table[c][Math.min(c, keep)] = 1;
            } else {
                table[c] = row(candidates, keep, separation, wrongNoise, c);
            }
        }
        return table;
    }

    private static double[] row(int candidates, int keep, double d, double sigma, int c) {
        int w = candidates - c;
        double[] row = new double[keep + 1];
        double low = Math.min(-REACH * sigma, d - REACH);
        double high = Math.max(REACH * sigma, d + REACH);
        double step = STEP * Math.min(1, sigma);
        int intervals = 2 * (int) Math.ceil((high - low) / step / 2);
        for (int j = 0; j <= intervals; j++) {
            double t = low + j * step;
            double weight = step / 3 * (j == 0 || j == intervals ? 1 : (j % 2 == 1 ? 4 : 2));
            double correctTail = Draws.normalSurvival(t - d);
            double wrongTail = Draws.normalSurvival(t / sigma);
            double correctAtT = c * Draws.normalDensity(t - d) * weight;
            double wrongAtT = w * Draws.normalDensity(t / sigma) / sigma * weight;
            double[] correctAboveLess = c > 0 ? Binomials.pmf(c - 1, correctTail, keep) : null;
            double[] correctAbove = Binomials.pmf(c, correctTail, keep);
            double[] wrongAbove = Binomials.pmf(w, wrongTail, keep);
            double[] wrongAboveLess = w > 0 ? Binomials.pmf(w - 1, wrongTail, keep) : null;
            for (int r = 0; r <= keep; r++) {
                if (correctAboveLess != null && r >= 1) {
                    row[r] += correctAtT * correctAboveLess[r - 1] * wrongAbove[keep - r];
                }
                if (wrongAboveLess != null && keep - r - 1 >= 0) {
                    row[r] += wrongAtT * correctAbove[r] * wrongAboveLess[keep - r - 1];
                }
            }
        }
        double total = 0;
        for (double x : row) {
            total += x;
        }
        for (int r = 0; r <= keep; r++) {
            row[r] /= total;
        }
        return row;
    }
}
