package io.flopsplit.sweep;

import io.flopsplit.scenario.Scenario;
import io.flopsplit.scenario.ScenarioReader;
import io.flopsplit.yaml.Fields;
import io.flopsplit.yaml.InputError;
import io.flopsplit.yaml.Overlay;
import io.flopsplit.yaml.YamlNode;
import io.flopsplit.yaml.YamlReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a sweep plays: the scenario file's scenarios (one, or one per variant) crossed with the grid's
 * cells — variants × grid, variant by variant. Every cell is read like a scenario file (its values
 * laid over the file's tree), so every value is checked by its key, and all cells are read before any
 * trial runs: a value a key refuses stops the sweep at once, naming the key, the value and the cell.
 *
 * @param file the scenario file
 * @param grid the varied keys
 * @param scenarios the file's scenarios as written, without any cell's values
 * @param cells every (variant, cell), variant-major
 */
public record SweepPlan(Path file, SweepGrid grid, List<Scenario> scenarios, List<CellScenario> cells) {

    private static final String VARIANTS = "variants";

    public SweepPlan {
        scenarios = List.copyOf(scenarios);
        cells = List.copyOf(cells);
    }

    /** Reads {@code file} once per cell of {@code grid}. */
    public static SweepPlan read(Path file, SweepGrid grid) {
        YamlNode root = YamlReader.read(file);
        List<Scenario> scenarios = ScenarioReader.read(root, file);
        YamlNode.Mapping mapping = (YamlNode.Mapping) root;
        refuseVariantsSettingSweptKeys(mapping, grid);
        List<List<Scenario>> byCell = new ArrayList<>();
        for (Cell cell : grid.cells()) {
            byCell.add(read(mapping, file, cell));
        }
        List<CellScenario> cells = new ArrayList<>();
        for (int variant = 0; variant < scenarios.size(); variant++) {
            for (int c = 0; c < byCell.size(); c++) {
                cells.add(new CellScenario(grid.cell(c), byCell.get(c).get(variant)));
            }
        }
        return new SweepPlan(file, grid, scenarios, cells);
    }

    private static List<Scenario> read(YamlNode.Mapping root, Path file, Cell cell) {
        try {
            return ScenarioReader.read(Overlay.merge(root, cell.overlay(), cell.mergedPaths()), file);
        } catch (InputError e) {
            if (e.source().equals(cell.source())) {
                throw e;
            }
            throw new InputError(e.source(), e.line(), e.path(), e.problem() + ", in " + cell.source());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + ", in " + cell.source(), e);
        }
    }

    /** A key set by a variant would silently override the cell's value: refused, at the variant's line. */
    private static void refuseVariantsSettingSweptKeys(YamlNode.Mapping root, SweepGrid grid) {
        YamlNode variants = root.entries().get(VARIANTS);
        if (!(variants instanceof YamlNode.Sequence sequence)) {
            return;
        }
        for (YamlNode variant : sequence.items()) {
            for (SweepAxis axis : grid.axes()) {
                YamlNode node = variant;
                for (String part : axis.key().parts()) {
                    node = node instanceof YamlNode.Mapping map ? map.entries().get(part) : null;
                }
                if (node != null && !(node instanceof YamlNode.Scalar scalar && scalar.isNull())) {
                    String name = variant instanceof YamlNode.Mapping map && map.entries().get("name") != null
                            ? Fields.text(map.entries().get("name")) : "?";
                    throw node.error("variant '" + name + "' sets " + axis.key().path() + ", which --vary sweeps;"
                            + " a key is either swept or set by variants, not both");
                }
            }
        }
    }
}
