package io.flopsplit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PoliciesCommandTest {

    @Test
    void jsonLinesCarryNameOptionsAndDescription() {
        CommandLineRun run = CommandLineRun.of("policies", "--format", "json");
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.lines();
        assertEquals(9, lines.size());
        assertTrue(lines.get(0).startsWith("{\"name\":\"chinchilla\",\"options\":\"\",\"description\":\""), lines.get(0));
        assertTrue(lines.get(8).startsWith("{\"name\":\"oracle\",\"options\":\"\",\"description\":\""), lines.get(8));
    }

    @Test
    void tableAndCsv() {
        assertTrue(CommandLineRun.of("policies").lines().get(0).matches("name\\s+options\\s+description"));
        assertEquals("name,options,description", CommandLineRun.of("policies", "--format", "csv").lines().get(0));
        assertEquals(2, CommandLineRun.of("policies", "--format", "yaml").code());
    }
}
