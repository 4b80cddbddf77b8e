package io.flopsplit.calibration;

import java.util.function.Function;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;

/** The model function of a Levenberg–Marquardt fit (Commons Math) whose Jacobian is taken by central differences. */
final class LeastSquaresFits {

    private LeastSquaresFits() {
    }

    /** {@code values} with its Jacobian by central differences of step {@code h} in every coordinate. */
    static MultivariateJacobianFunction withNumericJacobian(Function<double[], RealVector> values, double h) {
        return at -> {
            double[] point = at.toArray();
            RealVector value = values.apply(point);
            RealMatrix jacobian = new Array2DRowRealMatrix(value.getDimension(), point.length);
            for (int j = 0; j < point.length; j++) {
                double[] up = point.clone();
                double[] down = point.clone();
                up[j] += h;
                down[j] -= h;
                jacobian.setColumnVector(j, values.apply(up).subtract(values.apply(down)).mapDivide(2 * h));
            }
            return new Pair<>(value, jacobian);
        };
    }
}
