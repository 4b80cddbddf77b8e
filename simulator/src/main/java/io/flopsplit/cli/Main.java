package io.flopsplit.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

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
        CommandLine commandLine = new CommandLine(new FlopsplitCommand());
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
}
