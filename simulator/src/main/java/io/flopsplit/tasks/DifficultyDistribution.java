package io.flopsplit.tasks;

import io.flopsplit.compute.Checks;
import java.util.List;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ChengBetaSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The distribution of problem difficulties b in a task suite: normal, uniform,
 * beta (rescaled to an interval), logit-beta (a power-law left tail of per-problem success), a
 * mixture of these, or an explicit list of problems. Difficulty is on the ability scale of the
 * item-response model p = σ(a·(θ − b)).
 *
 * <p>Expectations use a deterministic {@link #grid quadrature}; random problems are drawn with
 * {@link #sample} from a stream the caller passes in.
 */
public sealed interface DifficultyDistribution {

    /** A quadrature of about {@code points} nodes (equal-probability quantiles for continuous laws). */
    DifficultyGrid grid(int points);

    /** Draws one difficulty from {@code rng}. */
    double sample(UniformRandomProvider rng);

    /** Midpoint probabilities (j + 1/2)/n of an n-node equal-probability quadrature. */
    private static double[] midpoints(int points) {
        if (points < 1) {
            throw new IllegalArgumentException("points: must be >= 1, was " + points);
        }
        double[] u = new double[points];
        for (int j = 0; j < points; j++) {
            u[j] = (j + 0.5) / points;
        }
        return u;
    }

    /** Normal difficulties N(mean, sd²). */
    record Normal(double mean, double sd) implements DifficultyDistribution {
        public Normal {
            Checks.finite("mean", mean);
            Checks.positive("sd", sd);
        }

        @Override
        public DifficultyGrid grid(int points) {
            NormalDistribution normal = new NormalDistribution(null, mean, sd);
            double[] b = midpoints(points);
            for (int j = 0; j < b.length; j++) {
                b[j] = normal.inverseCumulativeProbability(b[j]);
            }
            return DifficultyGrid.equallyWeighted(b);
        }

        @Override
        public double sample(UniformRandomProvider rng) {
            return mean + sd * ZigguratSampler.NormalizedGaussian.of(rng).sample();
        }
    }

    /** Uniform difficulties on [low, high]. */
    record Uniform(double low, double high) implements DifficultyDistribution {
        public Uniform {
            Checks.finite("low", low);
            Checks.finite("high", high);
            if (high <= low) {
                throw new IllegalArgumentException("high: must be > low (" + Checks.show(low) + "), was "
                        + Checks.show(high));
            }
        }

        @Override
        public DifficultyGrid grid(int points) {
            double[] b = midpoints(points);
            for (int j = 0; j < b.length; j++) {
                b[j] = low + (high - low) * b[j];
            }
            return DifficultyGrid.equallyWeighted(b);
        }

        @Override
        public double sample(UniformRandomProvider rng) {
            return low + (high - low) * rng.nextDouble();
        }
    }

    /** Beta(alpha, beta) difficulties rescaled from [0, 1] to [low, high]. */
    record Beta(double alpha, double beta, double low, double high) implements DifficultyDistribution {
        public Beta {
            Checks.positive("alpha", alpha);
            Checks.positive("beta", beta);
            new Uniform(low, high);
        }

        @Override
        public DifficultyGrid grid(int points) {
            BetaDistribution shape = new BetaDistribution(null, alpha, beta);
            double[] b = midpoints(points);
            for (int j = 0; j < b.length; j++) {
                b[j] = low + (high - low) * shape.inverseCumulativeProbability(b[j]);
            }
            return DifficultyGrid.equallyWeighted(b);
        }

        @Override
        public double sample(UniformRandomProvider rng) {
            return low + (high - low) * ChengBetaSampler.of(rng, alpha, beta).sample();
        }
    }

    /**
     * Difficulty b = location − scale·logit(P), P ~ Beta(α, β). With a = 1 and scale 1 a model of
     * ability θ solves a problem with p = σ(θ − location + logit P): the logit of per-problem success
     * is a type-IV generalised logistic variable, whose density of p near 0 is ∝ p^(α−1) for every
     * ability (a shift in logit space multiplies small p by a constant). By Schaeffer et al. 2025
     * (arXiv 2502.17578, Thm 3.1) coverage then follows −log c ~ C·Γ(α)·k^(−α) for every model: a
     * power law in k whose exponent α is a property of the suite, as Brown et al. 2024 (arXiv
     * 2407.21787, §3.1) observe. β sets the mass of problems solved almost surely. The quadrature is
     * graded towards the hard tail ({@link LogitBetaQuadrature}); draws are taken in logs.
     * Does not represent problems no sample can solve (p = 0 exactly).
     *
     * @param alpha α &gt; 0, the power-law exponent of the left tail of per-problem success
     * @param beta β &gt; 0, the same for the right tail (problems solved almost surely)
     * @param location b of a problem with P = 1/2
     * @param scale &gt; 0, difficulty units per unit of logit P
     */
    record LogitBeta(double alpha, double beta, double location, double scale) implements DifficultyDistribution {
        public LogitBeta {
            Checks.positive("alpha", alpha);
            Checks.positive("beta", beta);
            Checks.finite("location", location);
            Checks.positive("scale", scale);
        }

        @Override
        public DifficultyGrid grid(int points) {
            double[][] nodes = new LogitBetaQuadrature(alpha, beta).nodes(points);
            double[] b = nodes[0];
            for (int j = 0; j < b.length; j++) {
                b[j] = location - scale * b[j];
            }
            return new DifficultyGrid(b, nodes[1]);
        }

        @Override
        public double sample(UniformRandomProvider rng) {
            return location - scale * LogitBetaQuadrature.sample(alpha, beta, rng);
        }
    }

    /** A mixture: component i with probability weight_i (weights are normalised to sum to one). */
    record Mixture(List<Component> components) implements DifficultyDistribution {
        public Mixture {
            components = List.copyOf(Checks.present("components", components));
            if (components.isEmpty()) {
                throw new IllegalArgumentException("components: must not be empty");
            }
        }

        private double totalWeight() {
            return components.stream().mapToDouble(Component::weight).sum();
        }

        @Override
        public DifficultyGrid grid(int points) {
            double total = totalWeight();
            int perComponent = Math.max(1, points / components.size());
            List<DifficultyGrid> grids = components.stream().map(c -> c.distribution().grid(perComponent)).toList();
            int size = grids.stream().mapToInt(DifficultyGrid::size).sum();
            double[] b = new double[size];
            double[] w = new double[size];
            int at = 0;
            for (int c = 0; c < grids.size(); c++) {
                DifficultyGrid grid = grids.get(c);
                for (int j = 0; j < grid.size(); j++, at++) {
                    b[at] = grid.difficulty(j);
                    w[at] = grid.weight(j) * components.get(c).weight() / total;
                }
            }
            normalise(w);
            return new DifficultyGrid(b, w);
        }

        private static void normalise(double[] w) {
            double sum = 0;
            for (double x : w) {
                sum += x;
            }
            for (int j = 0; j < w.length; j++) {
                w[j] /= sum;
            }
        }

        @Override
        public double sample(UniformRandomProvider rng) {
            double u = rng.nextDouble() * totalWeight();
            for (Component component : components) {
                u -= component.weight();
                if (u < 0) {
                    return component.distribution().sample(rng);
                }
            }
            return components.get(components.size() - 1).distribution().sample(rng);
        }
    }

    /** One component of a {@link Mixture}. */
    record Component(double weight, DifficultyDistribution distribution) {
        public Component {
            Checks.positive("weight", weight);
            Checks.present("distribution", distribution);
        }
    }

    /** An explicit list of problem difficulties, each problem equally likely. */
    record Listed(List<Double> difficulties) implements DifficultyDistribution {
        public Listed {
            difficulties = List.copyOf(Checks.present("difficulties", difficulties));
            if (difficulties.isEmpty()) {
                throw new IllegalArgumentException("difficulties: must not be empty");
            }
            for (int j = 0; j < difficulties.size(); j++) {
                Checks.finite("difficulties[" + j + "]", difficulties.get(j));
            }
        }

        /** The list itself, whatever {@code points} asks: each problem is one node of weight 1/n. */
        @Override
        public DifficultyGrid grid(int points) {
            return DifficultyGrid.equallyWeighted(difficulties.stream().mapToDouble(Double::doubleValue).toArray());
        }

        @Override
        public double sample(UniformRandomProvider rng) {
            return difficulties.get(rng.nextInt(difficulties.size()));
        }
    }
}
