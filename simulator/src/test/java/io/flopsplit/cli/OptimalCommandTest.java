package io.flopsplit.cli;

import static io.flopsplit.cli.CommandLineRun.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OptimalCommandTest {

    @Test
    void budgetAsJson() {
        // Hoffmann et al. 2022 (arXiv 2203.15556), Eq. 4 with App. D.2 constants at C = 1e24:
        // N = 4.1297e10, D = 4.0358e12, L = 1.9112.
        CommandLineRun run = CommandLineRun.of("optimal", "--law", "chinchilla", "--budget", "1e24", "--format", "json");
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        String line = run.lines().get(0);
        assertEquals(1, run.lines().size());
        assertTrue(line.startsWith("{\"law\":\"chinchilla\","), line);
        assertEquals(4.1297e10, number(line, "params"), 4.1297e10 * 1e-4);
        assertEquals(4.0358e12, number(line, "tokens"), 4.0358e12 * 1e-4);
        assertEquals(1.9112, number(line, "loss"), 1.9112 * 1e-4);
        assertEquals(number(line, "tokens") / number(line, "params"), number(line, "tokensPerParam"), 1e-9);
        assertEquals(1e24, number(line, "trainingFlops"), 1e12);
        assertEquals(0, number(line, "inferenceFlops"), 0);
        assertEquals(1e24, number(line, "totalFlops"), 1e12);
    }

    @Test
    void everyLawByDefault() {
        CommandLineRun run = CommandLineRun.of("optimal", "--budget", "1e24", "--format", "csv");
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.lines();
        assertTrue(lines.get(0).startsWith("law,params,tokens,loss,tokensPerParam,trainingFlops,"), lines.get(0));
        assertEquals(7, lines.size());
        assertTrue(lines.get(4).startsWith("epoch,9.586"), lines.get(4));
    }

    @Test
    void tableIsTheDefault() {
        CommandLineRun run = CommandLineRun.of("optimal", "--law", "chinchilla", "--budget", "1e24");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.lines().get(0).startsWith("law         params     tokens     loss"), run.out());
        assertTrue(run.lines().get(1).startsWith("chinchilla  4.1297e10  4.0358e12  1.9112"), run.out());
    }

    @Test
    void targetLossWithInferenceDemandReportsTheReference() {
        CommandLineRun run = CommandLineRun.of("optimal", "--law", "chinchilla", "--target-loss", "2.0",
                "--inference-tokens", "1e13", "--format", "json");
        assertEquals(0, run.code(), run.err());
        String line = run.lines().get(0);
        assertEquals(2.0, number(line, "loss"), 1e-12);
        assertEquals(2 * number(line, "params") * 1e13, number(line, "inferenceFlops"), 1e-3 * number(line, "inferenceFlops"));
        assertTrue(number(line, "params") < number(line, "referenceParams"));
        assertTrue(number(line, "tokens") > number(line, "referenceTokens"));
        assertEquals(1 - number(line, "totalFlops") / number(line, "referenceTotalFlops"),
                number(line, "savingFraction"), 1e-12);
    }

    @Test
    void targetLossAtAGivenSize() {
        CommandLineRun run = CommandLineRun.of("optimal", "--law", "chinchilla", "--target-loss", "1.9366",
                "--params", "70e9", "--format", "json");
        assertEquals(0, run.code(), run.err());
        // Hoffmann et al. 2022: L(70e9, 1.4e12) = 1.9366 to four decimals.
        assertEquals(1.4e12, number(run.lines().get(0), "tokens"), 0.01e12);
        assertTrue(!run.out().contains("referenceParams"));
    }

    @Test
    void uniqueTokensAreSolvedNumerically() {
        CommandLineRun limited = CommandLineRun.of("optimal", "--law", "muennighoff", "--budget", "1e24",
                "--unique-tokens", "1e11", "--format", "json");
        CommandLineRun unlimited = CommandLineRun.of("optimal", "--law", "muennighoff", "--budget", "1e24",
                "--format", "json");
        assertEquals(0, limited.code(), limited.err());
        assertEquals(1e11, number(limited.lines().get(0), "uniqueTokens"), 0);
        assertTrue(number(limited.lines().get(0), "loss") > number(unlimited.lines().get(0), "loss"));
    }
}
