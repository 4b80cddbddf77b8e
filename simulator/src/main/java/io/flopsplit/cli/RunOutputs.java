package io.flopsplit.cli;

import io.flopsplit.plot.Figure;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What {@code run} draws and reports besides its table: the figures into {@code --plot DIR} (or
 * {@code --out DIR}), and report.html into {@code --out DIR}.
 */
final class RunOutputs {

    private RunOutputs() {
    }

    static void figuresAndReport(CommandSpec spec, PlotOptions plot, Path out, List<RunCommand.Run> runs) {
        if (runs.isEmpty() || plot.directory == null && out == null) {
            return;
        }
        Map<String, Figure> figures = RunFigures.of(runs);
        plot.draw(out, () -> figures);
        if (out != null) {
            Reports.run(runs, figures.values(), spec).write(out.resolve(Reports.FILE));
        }
    }
}
