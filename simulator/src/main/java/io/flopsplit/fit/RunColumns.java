package io.flopsplit.fit;

import java.util.HashSet;
import java.util.List;

/**
 * Which columns of a runs file hold what. The training amount is either tokens D or training FLOPs
 * C, from which D = C/(6N) (the 6·N·D convention of Hoffmann et al. 2022, §3.3); when both names
 * are given, a file with a tokens column uses it and one without uses the FLOPs column.
 *
 * @param params the column of model sizes N
 * @param tokens the column of training tokens D, or empty to use {@code flops}
 * @param flops the column of training FLOPs C, or empty to use {@code tokens}
 * @param loss the column of final losses
 * @param names the file's column names in order when it has no header line; empty when it has one
 */
public record RunColumns(String params, String tokens, String flops, String loss, List<String> names) {

    /** The names looked for in a header by default. */
    public static final RunColumns DEFAULT = new RunColumns("params", "tokens", "flops", "loss", List.of());

    public RunColumns {
        names = List.copyOf(names);
        require("params", params);
        require("loss", loss);
        tokens = tokens == null ? "" : tokens.strip();
        flops = flops == null ? "" : flops.strip();
        if (tokens.isEmpty() && flops.isEmpty()) {
            throw new IllegalArgumentException("tokens: a tokens or a FLOPs column must be named");
        }
        if (new HashSet<>(names).size() != names.size()) {
            throw new IllegalArgumentException("columns: each name must appear once, was " + String.join(",", names));
        }
    }

    private static void require(String what, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(what + ": a column name must be given");
        }
    }

    /** These columns with tokens read from {@code name}. */
    public RunColumns withTokens(String name) {
        return new RunColumns(params, name, "", loss, names);
    }

    /** These columns with training FLOPs read from {@code name}, D = C/(6N). */
    public RunColumns withFlops(String name) {
        return new RunColumns(params, "", name, loss, names);
    }

    /** These columns with the model sizes in {@code name}. */
    public RunColumns withParams(String name) {
        return new RunColumns(name, tokens, flops, loss, names);
    }

    /** These columns with the losses in {@code name}. */
    public RunColumns withLoss(String name) {
        return new RunColumns(params, tokens, flops, name, names);
    }

    /** These columns for a file without a header line whose columns are {@code columnNames}, in order. */
    public RunColumns withoutHeader(List<String> columnNames) {
        return new RunColumns(params, tokens, flops, loss, columnNames);
    }
}
