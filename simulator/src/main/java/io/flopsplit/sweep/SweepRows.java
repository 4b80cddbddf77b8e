package io.flopsplit.sweep;

import io.flopsplit.report.ResultRows;
import io.flopsplit.report.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A sweep's results as rows: the rows of {@link ResultRows} for each cell, with one field per varied
 * key (named by its path, e.g. {@code budget.total}) right after the scenario's name. The JSON lines
 * of a cell open with its summary, which also gives the cell's number and the fingerprint of its
 * effective scenario ({@link CellRun#fingerprint()}).
 */
public final class SweepRows {

    static final String SCENARIO = "scenario";
    static final String CELL = "cell";
    static final String FINGERPRINT = "fingerprint";

    private SweepRows() {
    }

    /** JSON lines of one cell: summary, estimates, paired differences, probability of being best. */
    public static List<Row> lines(CellResult cell) {
        List<Row> rows = new ArrayList<>();
        List<Row> plain = ResultRows.lines(cell.scenario(), cell.result(), cell.run().options().seed());
        for (int i = 0; i < plain.size(); i++) {
            Row row = withCell(cell, plain.get(i));
            if (i == 0) {
                row.number(CELL, cell.cell().index() + 1.0).text(FINGERPRINT, cell.run().fingerprint());
            }
            rows.add(row);
        }
        return rows;
    }

    /** Tidy long rows of one cell: scenario, the keys, policy, metric, statistic, value. */
    public static List<Row> tidy(CellResult cell) {
        return ResultRows.tidy(cell.scenario(), cell.result()).stream().map(row -> withCell(cell, row)).toList();
    }

    /** Console rows of one cell, one per policy; the scenario's name first when {@code named}. */
    public static List<Row> table(CellResult cell, boolean named) {
        List<Row> rows = new ArrayList<>();
        for (Row row : ResultRows.table(cell.result())) {
            Row head = named ? new Row().text(SCENARIO, cell.scenario()) : new Row();
            rows.add(append(append(head, cell.cell().row(), Set.of()), row, Set.of()));
        }
        return rows;
    }

    /** Every cell's rows, in cell order. */
    public static List<Row> all(List<CellResult> cells, Function<CellResult, List<Row>> rows) {
        List<Row> all = new ArrayList<>();
        cells.forEach(cell -> all.addAll(rows.apply(cell)));
        return all;
    }

    /** {@code row} with the cell's keys after its scenario field. */
    private static Row withCell(CellResult cell, Row row) {
        Row head = new Row().text(SCENARIO, cell.scenario());
        return append(append(head, cell.cell().row(), Set.of()), row, Set.of(SCENARIO));
    }

    private static Row append(Row head, Row tail, Set<String> skip) {
        for (Row.Field field : tail.fields()) {
            if (skip.contains(field.name())) {
                continue;
            }
            if (field.value() instanceof Double number) {
                head.number(field.name(), number);
            } else if (field.value() instanceof Long whole) {
                head.whole(field.name(), whole);
            } else {
                head.text(field.name(), (String) field.value());
            }
        }
        return head;
    }
}
