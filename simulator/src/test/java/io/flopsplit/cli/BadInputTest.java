package io.flopsplit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every bad input: exit code 2, nothing on stdout, one line on stderr naming the option, no stack trace. */
class BadInputTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "optimal --law nope --budget 1e24                  | --law                 | unknown law 'nope'",
        "optimal --law chinchilla --budget -1e24           | --budget              | must be a finite number > 0, was -1e24",
        "optimal --law chinchilla --budget 0               | --budget              | must be a finite number > 0, was 0",
        "optimal --law chinchilla --budget NaN             | --budget              | must be a finite number > 0, was NaN",
        "optimal --law chinchilla --budget Infinity        | --budget              | must be a finite number > 0, was Infinity",
        "optimal --law chinchilla --budget lots            | --budget              | must be a number such as 1e24, was 'lots'",
        "optimal --law chinchilla                          | --budget              | Missing required argument",
        "optimal --law chinchilla --budget 1e24 --target-loss 2 | --budget         | mutually exclusive",
        "optimal --law chinchilla --target-loss 1.69       | --target-loss         | must be above 1.69",
        "optimal --law chinchilla --target-loss 1.5        | --target-loss         | the lowest loss the law can ever reach, was 1.5",
        "optimal --target-loss 1.75                        | --target-loss         | (law epoch)",
        "optimal --law chinchilla --target-loss 2 --params 1e6 | --params          | can never reach loss 2",
        "optimal --law chinchilla --budget 1e24 --params 1e9 | --params            | goes with --target-loss, not --budget",
        "optimal --law chinchilla --target-loss 2 --inference-tokens -5 | --inference-tokens | must be a finite number >= 0",
        "optimal --law chinchilla --budget 1e24 --format xml | --format            | must be one of table, json, csv",
        "optimal --law chinchilla --budget 1e24 --bogus    | --bogus               | Unknown option",
        "loss --law chinchilla --params 1e9                | --tokens              | Missing required option",
        "loss --law chinchilla --params 1e9 --tokens 2e10 --unique-tokens 0 | --unique-tokens | must be a finite number > 0",
        "loss --law custom:E=1.69,A=406.4 --params 1e9 --tokens 1e10 | --law      | custom law: missing B",
        "frobnicate                                        | frobnicate            | Unmatched argument",
    })
    void oneClearLineAndExitCodeTwo(String args, String names, String says) {
        CommandLineRun run = CommandLineRun.of(args.trim().split("\\s+"));
        assertEquals(2, run.code(), run.err());
        assertEquals("", run.out());
        String err = run.err().strip();
        assertFalse(err.contains("\n"), "more than one line: " + err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), "stack trace: " + err);
        assertTrue(err.startsWith("flopsplit"), err);
        assertTrue(err.contains(names.trim()), "does not name " + names + ": " + err);
        assertTrue(err.contains(says.trim()), "does not say '" + says + "': " + err);
    }
}
