package io.flopsplit.cli;

import picocli.CommandLine.Command;

/**
 * The top-level {@code flopsplit} command with every subcommand: lists them when called alone. The
 * list here is the one list of subcommands (help, completion and the man pages read it).
 */
@Command(subcommands = {LawsCommand.class, LossCommand.class, OptimalCommand.class, TestTimeCommand.class, MatchCommand.class,
        PoliciesCommand.class, ReferenceCommand.class, ValidateCommand.class, RunCommand.class, SweepCommand.class,
        FitCommand.class, CheckCommand.class,
        CalibrationCommand.class, SchemaCommand.class, picocli.AutoComplete.GenerateCompletion.class,
        picocli.CommandLine.HelpCommand.class})
public final class FlopsplitCommand extends FlopsplitRoot {
}
