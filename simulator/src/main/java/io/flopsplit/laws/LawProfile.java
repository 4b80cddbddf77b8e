package io.flopsplit.laws;

import io.flopsplit.compute.Checks;

/**
 * A named, immutable loss law together with the source of its constants.
 *
 * @param id the name users select it by, e.g. {@code chinchilla}
 * @param law the law
 * @param source where the constants come from
 */
public record LawProfile(String id, LossLaw law, Citation source) {

    public LawProfile {
        Checks.present("id", id);
        Checks.present("law", law);
        Checks.present("source", source);
    }
}
