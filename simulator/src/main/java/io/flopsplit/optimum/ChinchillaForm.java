package io.flopsplit.optimum;

import io.flopsplit.laws.ChinchillaLaw;
import io.flopsplit.laws.DataConstrainedLaw;
import io.flopsplit.laws.LossSurface;
import java.util.Optional;

/**
 * Recognises surfaces that are the Chinchilla form E + A/N^α + B/D^β, for which the solvers have
 * closed forms: a {@link ChinchillaLaw}, and a {@link DataConstrainedLaw} with unlimited unique data.
 */
final class ChinchillaForm {

    private ChinchillaForm() {
    }

    static Optional<ChinchillaLaw> of(LossSurface surface) {
        if (surface instanceof ChinchillaLaw law) {
            return Optional.of(law);
        }
        if (surface instanceof DataConstrainedLaw law) {
            return Optional.of(law.base());
        }
        return Optional.empty();
    }
}
