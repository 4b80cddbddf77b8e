package io.flopsplit.cli;

import io.flopsplit.report.OutputFormat;
import io.flopsplit.report.Row;
import io.flopsplit.report.RowWriter;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --format} option every command shares, and the writing of its rows. */
final class OutputOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = FormatConverter.class,
            completionCandidates = FormatCandidates.class, description = "Output format: table (default), json (one object per line) or csv.")
    OutputFormat format = OutputFormat.TABLE;

    /** Writes the rows to the command's standard output in the chosen format. */
    void print(List<Row> rows) {
        RowWriter.write(rows, format, spec.commandLine().getOut());
    }

    /** The format names as users type them, for shell completion: table, json, csv. */
    static final class FormatCandidates implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(OutputFormat.values()).map(OutputFormat::id).iterator();
        }
    }

    /** Converts {@code --format} values. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            try {
                return OutputFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
