package io.flopsplit.laws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LawProfilesTest {

    @Test
    void everyPublishedProfileIsRegisteredWithItsSource() {
        List<String> ids = LawProfiles.all().stream().map(LawProfile::id).toList();
        assertEquals(List.of("chinchilla", "chinchilla-unrounded", "chinchilla-sardana", "epoch", "kaplan",
                "muennighoff"), ids);
        for (LawProfile profile : LawProfiles.all()) {
            assertTrue(profile.source().toString().contains("arXiv " + profile.source().arxiv()), profile.id());
            assertTrue(!profile.law().constants().isEmpty(), profile.id());
        }
        assertEquals("2203.15556", LawProfiles.resolve("chinchilla").source().arxiv());
        assertEquals("2404.10102", LawProfiles.resolve("epoch").source().arxiv());
        assertEquals("2001.08361", LawProfiles.resolve("kaplan").source().arxiv());
        assertEquals("2305.16264", LawProfiles.resolve("muennighoff").source().arxiv());
        assertEquals("2401.00448", LawProfiles.resolve("chinchilla-sardana").source().arxiv());
    }

    @Test
    void unknownLawNamesTheKnownOnes() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> LawProfiles.resolve("chinchila"));
        assertTrue(error.getMessage().startsWith("unknown law 'chinchila'; known: chinchilla, "), error.getMessage());
    }

    @Test
    void customConstantsBuildAChinchillaFormLaw() {
        LawProfile custom = LawProfiles.resolve("custom:E=1.69,A=406.4,B=410.7,alpha=0.34,beta=0.28");
        assertEquals(LawProfiles.resolve("chinchilla").law(), custom.law());
        assertEquals("user-supplied: custom Chinchilla-form constants L = E + A/N^alpha + B/D^beta",
                custom.source().toString());
    }

    @Test
    void badCustomConstantsAreNamed() {
        assertEquals("custom law: missing beta", assertThrows(IllegalArgumentException.class,
                () -> LawProfiles.resolve("custom:E=1.69,A=406.4,B=410.7,alpha=0.34")).getMessage());
        assertEquals("custom law: A must be a number such as 1e24, was 'x'", assertThrows(IllegalArgumentException.class,
                () -> LawProfiles.resolve("custom:E=1.69,A=x,B=410.7,alpha=0.34,beta=0.28")).getMessage());
        assertEquals("custom law: beta must be a number such as 1e24, was '0.28d'", assertThrows(
                IllegalArgumentException.class,
                () -> LawProfiles.resolve("custom:E=1.69,A=406.4,B=410.7,alpha=0.34,beta=0.28d")).getMessage());
        assertEquals("A: must be > 0, was -4", assertThrows(IllegalArgumentException.class,
                () -> LawProfiles.resolve("custom:E=1.69,A=-4,B=410.7,alpha=0.34,beta=0.28")).getMessage());
        assertEquals("custom law: expected E=..,A=..,B=..,alpha=..,beta=.., got 'gamma=1'",
                assertThrows(IllegalArgumentException.class,
                        () -> LawProfiles.resolve("custom:E=1.69,gamma=1")).getMessage());
        assertEquals("custom law: E is given twice", assertThrows(IllegalArgumentException.class,
                () -> LawProfiles.resolve("custom:E=1.69,E=1.7")).getMessage());
    }
}
