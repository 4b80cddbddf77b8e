package io.flopsplit.cli;

import static io.flopsplit.cli.CommandLineRun.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LawsAndLossCommandTest {

    @Test
    void lawsListsEveryProfileWithConstantsAndSource() {
        CommandLineRun run = CommandLineRun.of("laws", "--format", "json");
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.lines();
        assertEquals(6, lines.size());
        assertTrue(lines.get(0).startsWith("{\"law\":\"chinchilla\",\"form\":\"chinchilla-form\",\"E\":1.69,"
                + "\"A\":406.4,\"B\":410.7,\"alpha\":0.34,\"beta\":0.28,\"source\":\"Hoffmann et al. 2022"), lines.get(0));
        assertTrue(lines.get(4).contains("\"Nc\":6.4e13"), lines.get(4));
        assertTrue(lines.get(5).contains("\"RDstar\":15.387756"), lines.get(5));
    }

    @Test
    void lawsTableKeepsTheSourceLast() {
        CommandLineRun run = CommandLineRun.of("laws");
        assertEquals(0, run.code(), run.err());
        String header = run.lines().get(0);
        assertTrue(header.matches("law\\s+form\\s+.*\\s+source"), header);
    }

    @Test
    void lossPrintsTheRequiredFields() {
        // Hoffmann et al. 2022 (arXiv 2203.15556), App. D.2: L(70e9, 1.4e12) = 1.9366.
        CommandLineRun run = CommandLineRun.of("loss", "--law", "chinchilla", "--params", "70e9", "--tokens", "1.4e12",
                "--format", "json");
        assertEquals(0, run.code(), run.err());
        String line = run.lines().get(0);
        assertTrue(line.startsWith("{\"law\":\"chinchilla\",\"params\":7e10,\"tokens\":1.4e12,\"loss\":1.9366"), line);
        assertEquals(1.9366, number(line, "loss"), 5e-5);
    }

    @Test
    void lossWithUniqueTokensRepeatsData() {
        CommandLineRun run = CommandLineRun.of("loss", "--law", "chinchilla,muennighoff", "--params", "1e9",
                "--tokens", "8e10", "--unique-tokens", "2e10", "--format", "csv");
        assertEquals(0, run.code(), run.err());
        assertEquals("law,params,tokens,uniqueTokens,loss,trainingFlops", run.lines().get(0));
        assertEquals(3, run.lines().size());
    }

    @Test
    void customConstants() {
        CommandLineRun custom = CommandLineRun.of("loss", "--law", "custom:E=1.69,A=406.4,B=410.7,alpha=0.34,beta=0.28",
                "--params", "70e9", "--tokens", "1.4e12", "--format", "json");
        assertEquals(0, custom.code(), custom.err());
        assertEquals(1.9366, number(custom.lines().get(0), "loss"), 5e-5);
    }

    @Test
    void helpAndVersionExitZero() {
        CommandLineRun help = CommandLineRun.of("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("optimal"), help.out());
        CommandLineRun optimalHelp = CommandLineRun.of("optimal", "--help");
        assertEquals(0, optimalHelp.code());
        assertTrue(optimalHelp.out().contains("--inference-tokens"), optimalHelp.out());
        assertEquals(0, CommandLineRun.of("--version").code());
    }

    @Test
    void noCommandIsBadInput() {
        CommandLineRun run = CommandLineRun.of();
        assertEquals(2, run.code());
        assertTrue(run.err().contains("a command is required"), run.err());
    }
}
