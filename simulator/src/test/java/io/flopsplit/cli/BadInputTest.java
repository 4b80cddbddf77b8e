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
        "optimal --law chinchilla --budget NaN             | --budget              | must be a number such as 1e24, was 'NaN'",
        "optimal --law chinchilla --budget Infinity        | --budget              | must be a number such as 1e24, was 'Infinity'",
        "optimal --law chinchilla --budget 1e24d           | --budget              | must be a number such as 1e24, was '1e24d'",
        "optimal --law chinchilla --budget 1e999           | --budget              | must be a finite number > 0, was Infinity",
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
        "loss --law chinchilla --params 1e9 --tokens 2e10 --unique-tokens 0 | --unique-tokens | must be a finite number >= 1, was 0",
        "loss --law chinchilla --params 1e-300 --tokens 2e10 | --params            | must be a finite number >= 1, was 1e-300",
        "loss --law chinchilla --params 1e300 --tokens 1e300 | --params, --tokens  | costs more FLOPs than a double holds",
        "loss --law , --params 1e9 --tokens 1e9            | --law                 | a law id is missing in ','",
        "loss --law chinchilla, --params 1e9 --tokens 1e9  | --law                 | a law id is missing in 'chinchilla,'",
        "optimal --target-loss 1e300                       | --target-loss         | a model of one parameter trained on one token already reaches loss 818.79",
        "optimal --law chinchilla --target-loss 760        | --target-loss         | would train on 0.956 tokens",
        "optimal --law kaplan --target-loss 20             | --target-loss         | would have 0.00103 parameters trained on 9.91 tokens",
        "optimal --law chinchilla --target-loss 1e300 --params 1e9 | --target-loss | would need less than one token",
        "optimal --law chinchilla --target-loss 2 --inference-tokens 1e300 | --inference-tokens | serving 1e300 tokens",
        "optimal --law chinchilla --target-loss 2 --params 1e300 | --params        | training 1e300 parameters",
        "optimal --law chinchilla --budget 1e-300          | --budget              | 1e-300 FLOPs cannot train a model: the compute-optimal split is 1.96e-136 parameters",
        "optimal --law chinchilla --budget 10              | --budget              | 10 FLOPs cannot train a model",
        "optimal --law kaplan --budget 1e-300              | --budget              | 1e-300 FLOPs cannot train a model",
        "test-time --params 8e9 --tokens 1.5e13 --strategy , | --strategy          | a strategy id is missing in ','",
        "test-time --params 8e9 --tokens 1.5e13 --suite /dev/null | --suite        | is empty (/dev/null)",
        "test-time --params 8e9 --tokens 1.5e13 --suite /dev/zero | --suite        | holds more than 1048576 bytes (1 MiB)",
        "test-time --params 8e9 --tokens 1.5e13 --k 1.5    | --k                   | must be a whole number from 1 to 2147483647, was 1.5",
        "test-time --params 8e9 --tokens 1.5e13 --k 1e300  | --k                   | must be a whole number from 1 to 2147483647, was 1e300",
        "test-time --params 8e9 --tokens 1.5e13 --steps 2.5 | --steps              | must be a whole number in [1, 100], was 2.5",
        "test-time --params 8e9 --tokens 1.5e13 --branching 0 | --branching        | must be a whole number in [1, 256], was 0",
        "test-time --params 8e9 --tokens 1.5e13 --answer-tokens 1e300 --k 1 | --answer-tokens | would cost more FLOPs than a double holds",
        "match --params 8e9 --tokens 1.5e13 --size-ratio 1e300 --inference-ratio 1 | --size-ratio | a model 1e300 times larger",
        "match --params 8e9 --tokens 1.5e13 --size-ratio 14 --inference-ratio 1e-300 --strategy majority-vote | --inference-ratio | more than a double holds",
        "match --params 8e9 --tokens 1.5e13 --size-ratio 14 --inference-ratio 1 --answer-tokens 1e300 | --answer-tokens | would cost more FLOPs than a double holds",
        "run scenario.yaml --seed 1.5                      | --seed                | must be a whole number from 0 to 9223372036854775807, was 1.5",
        "run scenario.yaml --seed 1e19                     | --seed                | was 1e19",
        "run scenario.yaml --trials 1.5                    | --trials              | must be a whole number from 1 to 1e15, was 1.5",
        "run scenario.yaml --trials 1e16                   | --trials              | must be a whole number from 1 to 1e15, was 1e16",
        "run scenario.yaml --threads 2.5                   | --threads             | must be a whole number from 1 to 1024, was 2.5",
        "run scenario.yaml --threads 0x10                  | --threads             | must be a whole number such as 1e3, was '0x10'",
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
