package io.flopsplit.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flopsplit.laws.ChinchillaLaw;
import java.util.List;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

class HuberObjectiveTest {

    private static final double DELTA = 1e-3;

    @Test
    void huberIsQuadraticUpToDeltaAndLinearBeyond() {
        // Huber 1964; delta = 1e-3 as in Hoffmann et al. 2022, App. D.2.
        assertEquals(0.5 * 0.0005 * 0.0005, HuberObjective.huber(0.0005, DELTA), 1e-20);
        assertEquals(0.5 * 0.0005 * 0.0005, HuberObjective.huber(-0.0005, DELTA), 1e-20);
        assertEquals(1e-3 * (0.003 - 0.0005), HuberObjective.huber(0.003, DELTA), 1e-18);
        assertEquals(0.5 * DELTA * DELTA, HuberObjective.huber(DELTA, DELTA), 1e-20);
    }

    @Test
    void theObjectiveSumsHuberLossesOfLogLossResiduals() {
        ChinchillaLaw law = SyntheticRuns.law("chinchilla");
        double[] factors = {1.0004, 0.997, 1.01};
        List<Run> runs = List.of(new Run(1e8, 2e9, law.loss(1e8, 2e9) * factors[0]),
                new Run(1e9, 2e10, law.loss(1e9, 2e10) * factors[1]), new Run(1e10, 2e11, law.loss(1e10, 2e11) * factors[2]));
        HuberObjective objective = new HuberObjective(runs, DELTA);
        double expected = 0;
        for (double factor : factors) {
            expected += HuberObjective.huber(Math.log(factor), DELTA);
        }
        LogConstants truth = LogConstants.of(law);
        assertEquals(expected, objective.value(truth), expected * 1e-9);
        // Summed, not averaged (Besiroglu et al. 2024): three runs weigh three times one.
        assertEquals(3 * objective.value(truth), new HuberObjective(triple(runs), DELTA).value(truth), expected * 1e-9);
    }

    private static List<Run> triple(List<Run> runs) {
        return java.util.stream.Stream.of(runs, runs, runs).flatMap(List::stream).toList();
    }

    @Test
    void theLeastSquaresTermsSumToTheObjectiveAndTheirJacobianIsTheDerivative() {
        List<Run> runs = SyntheticRuns.sweep(SyntheticRuns.law("epoch"), 4, 3, 0.004, 11);
        HuberObjective objective = new HuberObjective(runs, DELTA);
        LogConstants at = new LogConstants(6.1, 7.5, 0.6, 0.35, 0.37);
        LeastSquaresProblem problem = objective.problem(at, 100);
        LeastSquaresProblem.Evaluation evaluation = problem.evaluate(new ArrayRealVector(at.toArray()));
        double cost = evaluation.getCost();
        assertEquals(objective.value(at), 0.5 * cost * cost, objective.value(at) * 1e-12);
        RealMatrix jacobian = evaluation.getJacobian();
        double[] point = at.toArray();
        for (int k = 0; k < LogConstants.COUNT; k++) {
            double step = 1e-6;
            double[] up = point.clone();
            double[] down = point.clone();
            up[k] += step;
            down[k] -= step;
            double[] plus = problem.evaluate(new ArrayRealVector(up)).getResiduals().toArray();
            double[] minus = problem.evaluate(new ArrayRealVector(down)).getResiduals().toArray();
            for (int i = 0; i < runs.size(); i++) {
                // Residuals are target (0) minus the terms, so the terms' derivative is minus theirs.
                double numeric = -(plus[i] - minus[i]) / (2 * step);
                assertEquals(numeric, jacobian.getEntry(i, k), 1e-5 * Math.max(1, Math.abs(numeric)),
                        "run " + i + ", constant " + k);
            }
        }
    }

    @Test
    void thePredictionJacobianIsTheDerivativeOfTheLogLoss() {
        List<Run> runs = SyntheticRuns.sweep(SyntheticRuns.law("chinchilla"), 3, 3, 0, 1);
        HuberObjective objective = new HuberObjective(runs, DELTA);
        LogConstants at = new LogConstants(6.0, 6.0, 0.5, 0.34, 0.28);
        double[][] jacobian = objective.predictionJacobian(at);
        for (int i = 0; i < runs.size(); i++) {
            double x = Math.log(runs.get(i).params());
            double y = Math.log(runs.get(i).tokens());
            for (int k = 0; k < LogConstants.COUNT; k++) {
                double[] up = at.toArray();
                double[] down = at.toArray();
                up[k] += 1e-6;
                down[k] -= 1e-6;
                double numeric = (LogConstants.of(up).logLoss(x, y) - LogConstants.of(down).logLoss(x, y)) / 2e-6;
                assertEquals(numeric, jacobian[i][k], 1e-7 * Math.max(1, Math.abs(numeric)));
            }
        }
    }
}
