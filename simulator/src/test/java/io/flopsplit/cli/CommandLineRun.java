package io.flopsplit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

/**
 * The outcome of one {@code flopsplit} invocation in-process: exit code, standard output and
 * standard error, for tests of the command line.
 *
 * @param code exit code
 * @param out standard output
 * @param err standard error
 */
record CommandLineRun(int code, String out, String err) {

    static CommandLineRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CommandLineRun(code, out.toString(), err.toString());
    }

    /** Non-empty lines of standard output. */
    List<String> lines() {
        return Arrays.stream(out.split("\\R")).filter(line -> !line.isBlank()).toList();
    }

    /** The number a JSON line gives for {@code field} (flat objects with plain numbers only). */
    static double number(String jsonLine, String field) {
        String key = "\"" + field + "\":";
        int start = jsonLine.indexOf(key);
        if (start < 0) {
            throw new AssertionError("no field " + field + " in " + jsonLine);
        }
        start += key.length();
        int end = start;
        while (end < jsonLine.length() && ",}".indexOf(jsonLine.charAt(end)) < 0) {
            end++;
        }
        return Double.parseDouble(jsonLine.substring(start, end));
    }
}
