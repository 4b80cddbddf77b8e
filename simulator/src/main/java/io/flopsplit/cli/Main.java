package io.flopsplit.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the runnable jar: {@code java -jar flopsplit.jar COMMAND [OPTIONS]}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Figures are drawn into images, never windows: no display is needed, whatever DISPLAY says.
        System.setProperty("java.awt.headless", "true");
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(args, out, err));
    }

    /** Runs the command line with the given streams and returns the exit code (0 ok, 2 bad input, 1 failure). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = commandLine(args);
        commandLine.setOut(out);
        commandLine.setErr(err);
        ErrorReporting errors = new ErrorReporting();
        commandLine.setParameterExceptionHandler(errors);
        commandLine.setExecutionExceptionHandler(errors);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The command line for {@code args}: where the first argument names one of flopsplit's own
     * subcommands, the top-level command with that one alone (building picocli's model of every
     * subcommand, their options read by reflection, took about 0.1 s of {@code validate}'s 0.6–0.7 s);
     * otherwise, for options, {@code help}, completion or a mistyped name, the command with all of them.
     */
    static CommandLine commandLine(String[] args) {
        Class<?> named = args.length == 0 ? null : ownSubcommand(args[0]);
        if (named == null) {
            return new CommandLine(new FlopsplitCommand());
        }
        CommandLine root = new CommandLine(new FlopsplitRoot());
        root.addSubcommand(new CommandLine(named));
        return root;
    }

    /** The subcommand of this package whose name is {@code name}, or null. */
    private static Class<?> ownSubcommand(String name) {
        for (Class<?> subcommand : FlopsplitCommand.class.getAnnotation(Command.class).subcommands()) {
            Command command = subcommand.getAnnotation(Command.class);
            if (subcommand.getPackage() == Main.class.getPackage() && command.name().equals(name)) {
                return subcommand;
            }
        }
        return null;
    }
}
