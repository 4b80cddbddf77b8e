package io.flopsplit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowWriterTest {

    private static String write(List<Row> rows, OutputFormat format) {
        StringWriter text = new StringWriter();
        RowWriter.write(rows, format, new PrintWriter(text));
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    private static final List<Row> ROWS = List.of(
            new Row().text("law", "chinchilla").number("params", 4.129670241941513e10).number("loss", 1.911195419914262),
            new Row().text("law", "say \"hi\", ok").number("extra", 1e24).number("loss", 2));

    @Test
    void jsonIsOneObjectPerLineWithPlainNumbers() {
        assertEquals("{\"law\":\"chinchilla\",\"params\":4.129670241941513e10,\"loss\":1.911195419914262}\n"
                + "{\"law\":\"say \\\"hi\\\", ok\",\"extra\":1e24,\"loss\":2}\n", write(ROWS, OutputFormat.JSON));
    }

    @Test
    void csvHasOneHeaderAndQuotesWhereNeeded() {
        assertEquals("law,extra,params,loss\n"
                + "chinchilla,,4.129670241941513e10,1.911195419914262\n"
                + "\"say \"\"hi\"\", ok\",1e24,,2\n", write(ROWS, OutputFormat.CSV));
    }

    @Test
    void tableAlignsRoundedColumns() {
        // A field new in a later row goes right after the field before it in that row.
        assertEquals("law           extra  params     loss\n"
                + "chinchilla           4.1297e10  1.9112\n"
                + "say \"hi\", ok  1e24              2\n", write(ROWS, OutputFormat.TABLE));
    }

    @Test
    void rowsRefuseNaNAndInfinity() {
        assertEquals("loss: must be a finite number, was NaN",
                assertThrows(IllegalArgumentException.class, () -> new Row().number("loss", Double.NaN)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Row().number("x", Double.NEGATIVE_INFINITY));
    }

    @Test
    void formatsParseInAnyCase() {
        assertEquals(OutputFormat.JSON, OutputFormat.parse("JSON"));
        assertEquals("must be one of table, json, csv, was 'xml'",
                assertThrows(IllegalArgumentException.class, () -> OutputFormat.parse("xml")).getMessage());
    }
}
