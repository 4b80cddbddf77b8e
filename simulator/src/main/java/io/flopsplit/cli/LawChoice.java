package io.flopsplit.cli;

import io.flopsplit.laws.LawProfile;
import io.flopsplit.laws.LawProfiles;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The laws a command runs under, from {@code --law}: {@code all} (every published profile), one id,
 * a comma-separated list of ids, or custom Chinchilla-form constants
 * ({@code custom:E=1.69,A=406.4,B=410.7,alpha=0.34,beta=0.28}).
 *
 * @param profiles the selected profiles, in the order given
 */
record LawChoice(List<LawProfile> profiles) {

    static final String HELP = "Loss law: a profile id (see 'flopsplit laws'), a comma-separated list of ids, all"
            + " (default), or custom:E=..,A=..,B=..,alpha=..,beta=..";

    LawChoice {
        profiles = List.copyOf(profiles);
    }

    /** {@code all} and the profile ids, for shell completion. */
    static final class Candidates implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            List<String> ids = new ArrayList<>(List.of("all"));
            LawProfiles.all().forEach(profile -> ids.add(profile.id()));
            return ids.iterator();
        }
    }

    /** Converts {@code --law} values. */
    static final class Converter implements ITypeConverter<LawChoice> {
        @Override
        public LawChoice convert(String text) {
            String spec = text.trim();
            try {
                if (spec.equals("all")) {
                    return new LawChoice(LawProfiles.all());
                }
                if (spec.startsWith("custom:")) {
                    return new LawChoice(List.of(LawProfiles.resolve(spec)));
                }
                List<LawProfile> profiles = new ArrayList<>();
                for (String id : spec.split(",", -1)) {
                    if (id.isBlank()) {
                        throw new TypeConversionException("a law id is missing in '" + text
                                + "'; give profile ids separated by commas (see 'flopsplit laws')");
                    }
                    profiles.add(LawProfiles.resolve(id.trim()));
                }
                return new LawChoice(profiles);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
