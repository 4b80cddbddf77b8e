package io.flopsplit.scenario;

import io.flopsplit.compute.Checks;
import io.flopsplit.keys.NodeKey;
import io.flopsplit.keys.Section;
import io.flopsplit.keys.Written;
import io.flopsplit.keys.YamlText;
import io.flopsplit.laws.ChinchillaLaw;
import io.flopsplit.laws.LawProfile;
import io.flopsplit.laws.LawProfiles;
import io.flopsplit.laws.LossLaw;
import io.flopsplit.random.Purpose;
import io.flopsplit.random.RandomStreams;
import io.flopsplit.uncertainty.MultivariateNormal;
import io.flopsplit.yaml.Fields;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The scenario's {@code law} section: the profile policies plan with, and optionally the uncertainty
 * of its constants — a multivariate normal around the profile's values (standard errors and
 * correlations, e.g. Besiroglu et al. 2024, arXiv 2404.10102, for {@code epoch}) from which each
 * trial draws its true law. Draws that make no valid law (a constant at or below zero, an exponent
 * out of range) are drawn again: a truncated multivariate normal.
 *
 * @param profile the nominal profile
 * @param uncertainty the spread of its constants, if they are uncertain
 */
public record LawSection(LawProfile profile, Optional<LawUncertainty> uncertainty) {

    private static final int MAX_REDRAWS = 10_000;
    private static final int PILOT_DRAWS = 10_000;

    public static final NodeKey<LawProfile> PROFILE = new NodeKey<>("profile",
            "The law policies plan with: an id of `flopsplit laws`, or custom:E=1.69,A=406.4,B=410.7,alpha=0.34,beta=0.28",
            LawProfiles.resolve("chinchilla"), "a profile id or custom constants", node -> {
                try {
                    return LawProfiles.resolve(Fields.text(node));
                } catch (IllegalArgumentException e) {
                    throw node.error(e.getMessage());
                }
            }, profile -> Optional.of(YamlText.text(profile.id())), profile -> profile,
            Map.of("anyOf", List.of(Map.of("enum", LawProfiles.all().stream().map(LawProfile::id).toList()),
                    Map.of("type", "string", "pattern", "^" + LawProfiles.CUSTOM_PREFIX)), "default", "chinchilla"));
    public static final Section SECTION = Section.of("law", "The loss law and the uncertainty of its constants",
            List.of(PROFILE, LawUncertainty.KEY));
    public static final LawSection DEFAULTS = read(Fields.empty());

    public LawSection {
        Checks.present("profile", profile);
        Checks.present("uncertainty", uncertainty);
        if (uncertainty.isPresent() && !(profile.law() instanceof ChinchillaLaw)) {
            throw new IllegalArgumentException("uncertainty: only for Chinchilla-form laws (chinchilla,"
                    + " chinchilla-unrounded, chinchilla-sardana, epoch, custom), not " + profile.id());
        }
    }

    static LawSection read(Fields fields) {
        LawProfile profile = PROFILE.read(fields);
        Optional<LawUncertainty> uncertainty = LawUncertainty.KEY.read(fields);
        fields.finish();
        LawSection section = fields.locate(() -> new LawSection(profile, uncertainty));
        fields.node(LawUncertainty.KEY.name()).ifPresent(node -> Fields.of(node).locate(section::checkedDistribution));
        return section;
    }

    /** The law policies plan with. */
    public LossLaw nominal() {
        return profile.law();
    }

    /** The distribution of the constants, if uncertain. */
    public Optional<MultivariateNormal> distribution() {
        return uncertainty.map(spread -> {
            ChinchillaLaw law = (ChinchillaLaw) profile.law();
            return spread.around(new double[] {law.e(), law.a(), law.b(), law.alpha(), law.beta()});
        });
    }

    /**
     * The distribution of the constants, checked to give valid laws often enough that a trial's
     * redrawing ({@link #draw}) never runs out: at least 1% of {@value #PILOT_DRAWS} draws of a fixed
     * seed, so that {@value #MAX_REDRAWS} redraws all fail with probability below 1e-40.
     *
     * @throws IllegalArgumentException naming {@code sd} when the standard errors are too wide
     */
    Optional<MultivariateNormal> checkedDistribution() {
        Optional<MultivariateNormal> distribution = distribution();
        distribution.ifPresent(constants -> {
            UniformRandomProvider random = new RandomStreams(0).next().stream(Purpose.SCENARIO_PARAMETERS);
            int valid = 0;
            for (int i = 0; i < PILOT_DRAWS; i++) {
                double[] c = constants.sample(random);
                valid += ChinchillaLaw.valid(c[0], c[1], c[2], c[3], c[4]) ? 1 : 0;
            }
            if (valid < PILOT_DRAWS / 100) {
                throw new IllegalArgumentException("sd: only " + valid + " of " + PILOT_DRAWS + " draws of the"
                        + " constants make a valid law (E >= 0, A and B > 0, alpha and beta in [" + ChinchillaLaw.MIN_EXPONENT
                        + ", " + ChinchillaLaw.MAX_EXPONENT + "]); narrow the standard errors");
            }
        });
        return distribution;
    }

    /** One trial's true law: the nominal one if the constants are known, a draw otherwise. */
    public LossLaw draw(Optional<MultivariateNormal> distribution, UniformRandomProvider random) {
        if (distribution.isEmpty()) {
            return profile.law();
        }
        for (int attempt = 0; attempt < MAX_REDRAWS; attempt++) {  // outside the valid range: draw again (truncation)
            double[] c = distribution.get().sample(random);
            if (ChinchillaLaw.valid(c[0], c[1], c[2], c[3], c[4])) {
                return new ChinchillaLaw(c[0], c[1], c[2], c[3], c[4]);
            }
        }
        throw new IllegalArgumentException("uncertainty: almost no draw of the constants gives a valid law;"
                + " the standard errors are too wide");
    }

    Written write() {
        Written written = new Written().put(PROFILE, profile);
        uncertainty.ifPresent(spread -> written.section(LawUncertainty.KEY.name(), spread.written()));
        return written;
    }

    /** The section as a scenario file writes it: {@code law:} and its keys; a file holding only it is a scenario. */
    public String yaml() {
        return new Written().section(SECTION.name(), write()).block(0);
    }
}
