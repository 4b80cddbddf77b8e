/**
 * The {@code flopsplit} command line (picocli): one subcommand per question, every one with
 * {@code --format table|json|csv}, and one clear line on stderr with exit code 2 for bad input.
 */
package io.flopsplit.cli;
