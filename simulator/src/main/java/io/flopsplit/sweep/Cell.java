package io.flopsplit.sweep;

import io.flopsplit.report.Row;
import io.flopsplit.yaml.Overlay;
import io.flopsplit.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One cell of a sweep's grid: a value of every varied key. Its values reach the scenario as a YAML
 * overlay laid over the scenario file's tree, so they are read and checked exactly as if they had
 * been written in the file; an error in one of them is located at the cell
 * ({@code budget.total: must be > 0, was -1 (sweep cell 1 of 3: budget.total=-1)}).
 *
 * @param index its position in the grid, 0-based
 * @param count the number of cells in the grid
 * @param axes the varied keys
 * @param positions the position of this cell's value along each key
 */
public record Cell(int index, int count, List<SweepAxis> axes, List<Integer> positions) {

    public Cell {
        axes = List.copyOf(axes);
        positions = List.copyOf(positions);
        if (axes.size() != positions.size() || index < 0 || index >= count) {
            throw new IllegalArgumentException("cell: needs one position per key and an index in [0, count)");
        }
    }

    /** The value of key {@code axis} as laid over the scenario. */
    public String text(int axis) {
        return axes.get(axis).texts().get(positions.get(axis));
    }

    /** The value of key {@code axis} as a number; the key's values must be numbers. */
    public double number(int axis) {
        return axes.get(axis).numbers().get(positions.get(axis));
    }

    /** The cell's values for people: {@code budget.total=1e20, deployment.queries=1e6}. */
    public String label() {
        List<String> parts = new ArrayList<>();
        for (int a = 0; a < axes.size(); a++) {
            parts.add(axes.get(a).key().path() + "=" + text(a));
        }
        return String.join(", ", parts);
    }

    /** Where the cell's values come from, as error messages name it. */
    public String source() {
        return "sweep cell " + (index + 1) + " of " + count + ": " + label();
    }

    /** The cell's values as a YAML tree to lay over the scenario's. */
    public YamlNode.Mapping overlay() {
        YamlNode tree = new YamlNode.Mapping(location(""), Map.of());
        for (int a = 0; a < axes.size(); a++) {
            tree = Overlay.merge(tree, branch(axes.get(a).key().parts(), 0, text(a)), mergedPaths());
        }
        return (YamlNode.Mapping) tree;
    }

    /**
     * The mappings the overlay merges into rather than replaces: every mapping on the way to a varied
     * key ({@code data} and {@code data.selection} for {@code data.selection.keptFraction}). The
     * varied value itself replaces whatever the file had there.
     */
    public Set<String> mergedPaths() {
        Set<String> paths = new HashSet<>();
        for (SweepAxis axis : axes) {
            List<String> parts = axis.key().parts();
            for (int end = 1; end < parts.size(); end++) {
                paths.add(String.join(".", parts.subList(0, end)));
            }
        }
        return paths;
    }

    /** A row holding the cell's values, one field per key named by its path; numbers as numbers. */
    public Row row() {
        Row row = new Row();
        for (int a = 0; a < axes.size(); a++) {
            if (axes.get(a).numeric()) {
                row.number(axes.get(a).key().path(), number(a));
            } else {
                row.text(axes.get(a).key().path(), text(a));
            }
        }
        return row;
    }

    private YamlNode branch(List<String> parts, int depth, String value) {
        String path = String.join(".", parts.subList(0, depth));
        if (depth == parts.size()) {
            return new YamlNode.Scalar(location(path), value, false);
        }
        return new YamlNode.Mapping(location(path), Map.of(parts.get(depth), branch(parts, depth + 1, value)));
    }

    private YamlNode.Location location(String path) {
        return new YamlNode.Location(source(), 0, path);
    }
}
