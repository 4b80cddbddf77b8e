package io.flopsplit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The command line Main builds: the named subcommand alone where the first argument names one of
 * flopsplit's own, every subcommand otherwise; either way the same usage text for that subcommand.
 */
class MainTest {

    @Test
    void aNamedSubcommandIsBuiltAloneAndEverythingElseGetsTheWholeCommand() {
        assertEquals(Set.of("run"), Main.commandLine(new String[] {"run", "x.yaml"}).getSubcommands().keySet());
        assertEquals(Set.of("laws"), Main.commandLine(new String[] {"laws"}).getSubcommands().keySet());
        int all = new CommandLine(new FlopsplitCommand()).getSubcommands().size();
        for (List<String> args : List.of(List.<String>of(), List.of("--help"), List.of("help", "run"),
                List.of("generate-completion"), List.of("rnu"), List.of("--version"))) {
            assertEquals(all, Main.commandLine(args.toArray(String[]::new)).getSubcommands().size(), args.toString());
        }
    }

    @Test
    void aSubcommandBuiltAloneHasTheUsageItHasAmongAll() {
        CommandLine whole = new CommandLine(new FlopsplitCommand());
        for (String name : whole.getSubcommands().keySet()) {
            if (name.equals("help") || name.equals("generate-completion")) {
                continue;
            }
            CommandLine alone = Main.commandLine(new String[] {name}).getSubcommands().get(name);
            assertEquals(whole.getSubcommands().get(name).getUsageMessage(), alone.getUsageMessage(), name);
        }
        assertTrue(CommandLineRun.of("run", "--help").out().startsWith("Usage: flopsplit run"));
    }
}
