package io.flopsplit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code flopsplit} command without its subcommands: its name, options and text.
 * {@link FlopsplitCommand} adds the subcommands; {@link Main} uses this alone, with the one
 * subcommand named on the command line, so that a run does not build every other command's model.
 */
@Command(name = "flopsplit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Splits a fixed compute budget between data selection, pretraining and test-time compute,"
                + " against published scaling laws.")
class FlopsplitRoot implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        spec.commandLine().getErr().println("flopsplit: a command is required (see the list above)");
        return ErrorReporting.BAD_INPUT;
    }
}
