package io.flopsplit.cli;

import io.flopsplit.scenario.RandomScenarios;
import io.flopsplit.scenario.RandomScenarios.Draw;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.quicktheories.core.Gen;

/**
 * Mutated scenario files for fuzzing: a shipped scenario with one to four of the mutations a hostile
 * or careless user makes — a number pushed to an extreme, a line deleted, duplicated or swapped with
 * another, two keys swapped, indentation changed, the file truncated, a very long value, a unicode
 * character (controls, a byte-order mark, a right-to-left mark, characters beyond the BMP) or a
 * YAML trap (null, a list, a mapping) where a value was, a misspelt key. Drawn from QuickTheories'
 * randomness, so the seed reproduces every input.
 *
 * @param text the mutated file
 * @param origin the shipped scenario it came from
 * @param mutations what was done to it, in order
 */
record ScenarioMutations(String text, String origin, List<String> mutations) {

    /** Numbers that break things: zero, negatives, the ends of the double range, overflowing integers, NaN. */
    private static final List<String> EXTREMES = List.of("0", "-1", "-0", "1e308", "1e-308", "4.9e-324", "1e300",
            "-1e300", "1e400", "1e15", "1e30", "9.3e18", "9223372036854775807", "2147483648", "3e9", "1e9", "1e7",
            "1e6", "100001", "65537", "257", "0.5", "1.5", "1e-9", "NaN", ".inf", "-.inf", "0x10", "1_000", "2.");
    private static final List<String> TRAPS = List.of("null", "~", "[]", "{}", "\"\"", "yes", "[1, 2]", "{a: 1}",
            "&a 1", "*a", "!!str 1", "|", ">", "'", "\"", "-", "?", ":", "#");
    private static final List<String> UNICODE = List.of("\u0000", "\u0007", "\t", "\r", "\u0085", "\u00a0", "\u200f",
            "\u2028", "\ufeff", "\ud83d\ude42", "é", "\u202e", "\uffff");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9][0-9_.]*(e-?[0-9]+)?");
    private static final Pattern KEY = Pattern.compile("^(\\s*-?\\s*)([A-Za-z][A-Za-z0-9]*):");

    /** The shipped scenarios, by file name. */
    static List<Path> shipped() {
        try (Stream<Path> files = Files.list(Path.of("../scenarios"))) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Mutations of the shipped scenarios. */
    static Gen<ScenarioMutations> of(List<Path> scenarios) {
        List<String> texts = scenarios.stream().map(ScenarioMutations::read).toList();
        return in -> {
            Draw d = new Draw(in);
            int which = (int) d.between(0, texts.size() - 1);
            List<String> lines = new ArrayList<>(Arrays.asList(texts.get(which).split("\n", -1)));
            List<String> done = new ArrayList<>();
            for (int i = 0, count = (int) d.between(1, 4); i < count && !lines.isEmpty(); i++) {
                done.add(mutate(lines, d));
            }
            return new ScenarioMutations(String.join("\n", lines), scenarios.get(which).getFileName().toString(), done);
        };
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Applies one mutation to {@code lines}; returns what it did. */
    private static String mutate(List<String> lines, Draw d) {
        int at = (int) d.between(0, lines.size() - 1);
        String line = lines.get(at);
        switch ((int) d.between(0, 11)) {
            case 0, 1 -> {
                Matcher number = NUMBER.matcher(line);
                List<int[]> spans = new ArrayList<>();
                while (number.find()) {
                    spans.add(new int[] {number.start(), number.end()});
                }
                if (spans.isEmpty()) {
                    return "no number on line " + (at + 1);
                }
                int[] span = d.pick(spans);
                String extreme = d.pick(EXTREMES);
                lines.set(at, line.substring(0, span[0]) + extreme + line.substring(span[1]));
                return "number on line " + (at + 1) + " -> " + extreme;
            }
            case 2 -> {
                lines.remove(at);
                return "deleted line " + (at + 1);
            }
            case 3 -> {
                lines.add(at, line);
                return "duplicated line " + (at + 1);
            }
            case 4 -> {
                int other = (int) d.between(0, lines.size() - 1);
                lines.set(at, lines.get(other));
                lines.set(other, line);
                return "swapped lines " + (at + 1) + " and " + (other + 1);
            }
            case 5 -> {
                int other = (int) d.between(0, lines.size() - 1);
                Matcher first = KEY.matcher(line);
                Matcher second = KEY.matcher(lines.get(other));
                if (!first.find() || !second.find()) {
                    return "no keys to swap on lines " + (at + 1) + " and " + (other + 1);
                }
                lines.set(at, first.replaceFirst("$1" + Matcher.quoteReplacement(second.group(2)) + ":"));
                lines.set(other, second.replaceFirst("$1" + Matcher.quoteReplacement(first.group(2)) + ":"));
                return "swapped keys " + first.group(2) + " and " + second.group(2);
            }
            case 6 -> {
                String indent = d.pick(List.of(" ", "  ", "    ", "\t", ""));
                boolean remove = d.percent(50) && line.startsWith(" ");
                lines.set(at, remove ? line.substring(1) : indent + line);
                return (remove ? "dedented" : "indented") + " line " + (at + 1);
            }
            case 7 -> {
                String whole = String.join("\n", lines);
                int cut = (int) d.between(0, whole.length());
                lines.clear();
                lines.addAll(Arrays.asList(whole.substring(0, cut).split("\n", -1)));
                return "truncated at character " + cut;
            }
            case 8 -> {
                int length = (int) d.pick(List.of(100L, 9_999L, 10_001L, 65_537L, 300_000L)).longValue();
                lines.set(at, line + " " + "x".repeat(length));
                return "appended " + length + " characters to line " + (at + 1);
            }
            case 9 -> {
                String character = d.percent(30) ? RandomScenarios.label(d) : d.pick(UNICODE);
                int position = (int) d.between(0, line.length());
                lines.set(at, line.substring(0, position) + character + line.substring(position));
                return "inserted " + escape(character) + " into line " + (at + 1);
            }
            case 10 -> {
                int colon = line.indexOf(": ");
                if (colon < 0) {
                    return "no value on line " + (at + 1);
                }
                String trap = d.pick(TRAPS);
                lines.set(at, line.substring(0, colon + 2) + trap);
                return "value on line " + (at + 1) + " -> " + trap;
            }
            default -> {
                Matcher key = KEY.matcher(line);
                if (!key.find()) {
                    return "no key on line " + (at + 1);
                }
                String misspelt = key.group(2).substring(0, key.group(2).length() - 1);
                lines.set(at, key.replaceFirst("$1" + Matcher.quoteReplacement(misspelt) + ":"));
                return "misspelt " + key.group(2) + " as " + misspelt;
            }
        }
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        text.codePoints().forEach(c -> escaped.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c)
                : Character.toString(c)));
        return escaped.toString();
    }

    @Override
    public String toString() {
        return origin + " with " + mutations + (text.length() > 4000 ? " (" + text.length() + " characters)"
                : ":\n" + text);
    }
}
