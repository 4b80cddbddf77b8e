package io.flopsplit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code flopsplit} command: lists the subcommands when called alone. */
@Command(name = "flopsplit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Splits a fixed compute budget between data selection, pretraining and test-time compute,"
                + " against published scaling laws.",
        subcommands = {LawsCommand.class, LossCommand.class, OptimalCommand.class, TestTimeCommand.class, MatchCommand.class,
                PoliciesCommand.class, ReferenceCommand.class, ValidateCommand.class, RunCommand.class, SweepCommand.class,
                FitCommand.class, CheckCommand.class,
                CalibrationCommand.class, SchemaCommand.class, picocli.AutoComplete.GenerateCompletion.class,
                picocli.CommandLine.HelpCommand.class})
public final class FlopsplitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        spec.commandLine().getErr().println("flopsplit: a command is required (see the list above)");
        return ErrorReporting.BAD_INPUT;
    }
}
