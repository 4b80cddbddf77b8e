package io.flopsplit.montecarlo;

import io.flopsplit.statistics.RunningMoments;

/**
 * The streaming state of a run: per contestant and metric the moments of its values, per
 * contestant and metric the moments of its paired difference from the baseline, and per contestant
 * how often it was best (ties shared). Memory is fixed by the numbers of contestants and metrics,
 * whatever the number of trials. Folded in trial order by one thread.
 */
final class Tally {

    final RunningMoments[][] values;
    final RunningMoments[][] differences;
    final double[] bestShares;
    final int baseline;
    final int objective;
    final boolean higherIsBetter;
    long trials;

    Tally(int contestants, int metrics, int baseline, int objective, boolean higherIsBetter) {
        this.values = grid(contestants, metrics);
        this.differences = grid(contestants, metrics);
        this.bestShares = new double[contestants];
        this.baseline = baseline;
        this.objective = objective;
        this.higherIsBetter = higherIsBetter;
    }

    private static RunningMoments[][] grid(int rows, int columns) {
        RunningMoments[][] grid = new RunningMoments[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                grid[r][c] = new RunningMoments();
            }
        }
        return grid;
    }

    /** Adds one trial: {@code trial[contestant][metric]}. */
    void add(double[][] trial) {
        trials++;
        for (int c = 0; c < trial.length; c++) {
            for (int m = 0; m < trial[c].length; m++) {
                values[c][m].add(trial[c][m]);
                differences[c][m].add(trial[c][m] - trial[baseline][m]);
            }
        }
        double best = higherIsBetter ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        for (double[] contestant : trial) {
            best = higherIsBetter ? Math.max(best, contestant[objective]) : Math.min(best, contestant[objective]);
        }
        int winners = 0;
        for (double[] contestant : trial) {
            winners += contestant[objective] == best ? 1 : 0;
        }
        for (int c = 0; c < trial.length; c++) {
            bestShares[c] += trial[c][objective] == best ? 1.0 / winners : 0;
        }
    }
}
