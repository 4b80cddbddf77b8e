package io.flopsplit.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every error into one line on stderr. Bad input (options that do not parse, values out of
 * range, requests the laws cannot satisfy) exits with 2 and no stack trace; anything else is a
 * defect of flopsplit and exits with 1, with the stack trace, so that it can be reported.
 */
final class ErrorReporting implements IParameterExceptionHandler, IExecutionExceptionHandler {

    static final int BAD_INPUT = 2;
    static final int FAILURE = 1;

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        return badInput(ex.getCommandLine(), ex.getMessage());
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        if (ex instanceof ParameterException || ex instanceof IllegalArgumentException) {
            return badInput(commandLine, ex.getMessage());
        }
        PrintWriter err = commandLine.getErr();
        err.println(commandName(commandLine) + ": internal error: " + ex + " (please report it)");
        ex.printStackTrace(err);
        err.flush();
        return FAILURE;
    }

    private static int badInput(CommandLine commandLine, String message) {
        PrintWriter err = commandLine.getErr();
        String text = message.strip().replace('\n', ' ');
        if (text.startsWith("Error: ")) {
            text = text.substring("Error: ".length());
        }
        err.println(commandName(commandLine) + ": " + text
                + " (see '" + commandName(commandLine) + " --help')");
        err.flush();
        return BAD_INPUT;
    }

    private static String commandName(CommandLine commandLine) {
        return commandLine.getCommandSpec().qualifiedName();
    }
}
