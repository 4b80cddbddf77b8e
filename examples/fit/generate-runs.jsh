// Writes examples/fit/runs.csv: synthetic training runs for the `flopsplit fit` example.
//
// Truth: the `epoch` profile (Besiroglu et al. 2024: E 1.8172, A 482.01, B 2085.43, alpha 0.3478,
// beta 0.3658). Design: 8 model sizes from 1e7 to 1e10 parameters (log-spaced, 3 significant
// digits), each trained at 7 token counts of 2.5 to 160 tokens per parameter (doubling): 56 runs.
// Noise: each loss is multiplied by exp(0.003·z), z standard normal (xoshiro256++ seeded 20240417,
// Commons RNG's ziggurat sampler), i.e. 0.003 of noise in log-loss.
//
// From the repository root, after `mvn -B -q package -DskipTests`:
//   jshell --class-path simulator/target/flopsplit.jar examples/fit/generate-runs.jsh > examples/fit/runs.csv
import io.flopsplit.compute.NumberText;
import io.flopsplit.laws.ChinchillaLaw;
import io.flopsplit.laws.LawProfiles;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

ChinchillaLaw truth = (ChinchillaLaw) LawProfiles.find("epoch").orElseThrow().law();
var noise = ZigguratSampler.NormalizedGaussian.of(RandomSource.XO_SHI_RO_256_PP.create(20240417L));
double sigma = 0.003;
System.out.println("# Synthetic runs from the epoch law with 0.003 noise in log-loss; made by examples/fit/generate-runs.jsh");
System.out.println("params,tokens,loss");
for (int i = 0; i < 8; i++) {
    double params = Double.parseDouble(NumberText.significant(1e7 * Math.pow(1e3, i / 7.0), 3));
    for (int j = 0; j < 7; j++) {
        double tokens = Double.parseDouble(NumberText.significant(params * 2.5 * Math.pow(2, j), 3));
        double loss = truth.loss(params, tokens) * Math.exp(sigma * noise.sample());
        System.out.println(NumberText.exact(params) + "," + NumberText.exact(tokens) + "," + NumberText.significant(loss, 6));
    }
}
/exit
