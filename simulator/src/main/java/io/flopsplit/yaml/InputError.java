package io.flopsplit.yaml;

/**
 * A problem in an input file, located: the key path, what is wrong, and the file and line. Its
 * message is the one line users see: {@code budget.total: must be > 0, was -1e23 (scenarios/x.yaml:3)}.
 */
public final class InputError extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String path;
    private final String problem;

    /**
     * @param source the file name as the user gave it
     * @param line 1-based line, or 0 when unknown
     * @param path the key path, e.g. {@code budget.total} or {@code policies[1].name}; empty for the whole file
     * @param problem what is wrong, e.g. {@code must be > 0, was -1e23}
     */
    public InputError(String source, int line, String path, String problem) {
        super(oneLine((path.isEmpty() ? "" : path + ": ") + problem + " (" + source + (line > 0 ? ":" + line : "")
                + ")"));
        this.source = source;
        this.line = line;
        this.path = path;
        this.problem = problem;
    }

    /**
     * {@code text} with every character that ends a line (a quoted value may hold one) written as its
     * escape, such as {@code \\u2028}: the message stays one line.
     */
    private static String oneLine(String text) {
        StringBuilder line = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0x0B || c == 0x0C) {
                line.append(String.format("\\u%04x", c));
            } else {
                line.appendCodePoint(c);
            }
        });
        return line.toString();
    }

    /** The file name as the user gave it. */
    public String source() {
        return source;
    }

    /** The 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** The key path. */
    public String path() {
        return path;
    }

    /** What is wrong, without location. */
    public String problem() {
        return problem;
    }
}
