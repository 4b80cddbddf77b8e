package io.flopsplit.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunsFileTest {

    @TempDir
    Path directory;

    private Path file(String text) throws Exception {
        Path file = directory.resolve("runs.csv");
        Files.writeString(file, text);
        return file;
    }

    private String error(String text, RunColumns columns) throws Exception {
        Path file = file(text);
        return assertThrows(IllegalArgumentException.class, () -> RunsFile.read(file, columns)).getMessage()
                .replace(file.toString(), "runs.csv");
    }

    @Test
    void readsRunsByHeaderNamesSkippingCommentsBlankLinesAndOtherColumns() throws Exception {
        Path file = file("# my sweep\nname,loss,tokens,params\n\nsmall, 3.5 ,2e8,1e7\n\"big\",\"2.9\",4e9,1E8\n");
        assertEquals(List.of(new Run(1e7, 2e8, 3.5), new Run(1e8, 4e9, 2.9)), RunsFile.read(file, RunColumns.DEFAULT));
    }

    @Test
    void trainingFlopsGiveTokensBySixND() throws Exception {
        // C = 6·N·D (Hoffmann et al. 2022, §3.3): 1.2e16 FLOPs for 1e7 parameters is 2e8 tokens.
        Path file = file("params,flops,loss\n1e7,1.2e16,3.5\n");
        Run run = RunsFile.read(file, RunColumns.DEFAULT).get(0);
        assertEquals(2e8, run.tokens(), 2e8 * 1e-15);
        Path both = file("params,tokens,flops,loss\n1e7,3e8,1.2e16,3.5\n");
        assertEquals(3e8, RunsFile.read(both, RunColumns.DEFAULT).get(0).tokens());
        assertEquals(2e8, RunsFile.read(both, RunColumns.DEFAULT.withFlops("flops")).get(0).tokens(), 1e-6);
    }

    @Test
    void columnNamesFromOptionsOrForAFileWithoutHeader() throws Exception {
        Path named = file("N,D,L\n1e7,2e8,3.5\n");
        RunColumns columns = RunColumns.DEFAULT.withParams("N").withTokens("D").withLoss("L");
        assertEquals(List.of(new Run(1e7, 2e8, 3.5)), RunsFile.read(named, columns));
        Path bare = file("1e7,2e8,3.5\n2e7,4e8,3.1\n");
        assertEquals(2, RunsFile.read(bare, RunColumns.DEFAULT.withoutHeader(List.of("params", "tokens", "loss"))).size());
    }

    @Test
    void aBadCellIsOneErrorWithColumnValueFileAndLine() throws Exception {
        String header = "params,tokens,loss\n1e7,2e8,3.5\n";
        RunColumns columns = RunColumns.DEFAULT;
        assertEquals("loss: must be a finite number > 0, was 'abc' (runs.csv:3)", error(header + "2e7,4e8,abc\n", columns));
        assertEquals("tokens: must be a finite number > 0, was '-4e8' (runs.csv:3)", error(header + "2e7,-4e8,3\n", columns));
        assertEquals("params: must be a finite number > 0, was '0' (runs.csv:3)", error(header + "0,4e8,3\n", columns));
        assertEquals("loss: must be a finite number > 0, was 'NaN' (runs.csv:3)", error(header + "2e7,4e8,NaN\n", columns));
        assertEquals("loss: must be a finite number > 0, was 'Infinity' (runs.csv:3)",
                error(header + "2e7,4e8,Infinity\n", columns));
        assertEquals("params: must be a finite number > 0, was '1e999' (runs.csv:3)", error(header + "1e999,4e8,3\n", columns));
        assertEquals("tokens: missing (runs.csv:3)", error(header + "2e7,,3\n", columns));
        assertEquals("loss: missing (runs.csv:4)", error(header + "\n2e7,4e8\n", columns));
    }

    @Test
    void aMissingColumnAnEmptyFileAndAMissingFileAreErrors() throws Exception {
        assertEquals("no column 'params'; the columns are N, tokens, loss (runs.csv:1)",
                error("N,tokens,loss\n1,2,3\n", RunColumns.DEFAULT));
        assertEquals("no column 'flops'; the columns are params, loss (runs.csv:1)",
                error("params,loss\n1,3\n", RunColumns.DEFAULT));
        assertEquals("no header line naming the columns (runs.csv)", error("# nothing\n", RunColumns.DEFAULT));
        assertEquals("no runs after the header (runs.csv)", error("params,tokens,loss\n", RunColumns.DEFAULT));
        Path missing = directory.resolve("absent.csv");
        assertEquals("no such file (" + missing + ")",
                assertThrows(IllegalArgumentException.class, () -> RunsFile.read(missing, RunColumns.DEFAULT)).getMessage());
        assertEquals("not valid CSV: Missing closing quote for value (runs.csv:3)",
                error("params,tokens,loss\n\"1e7,2e8,3\n", RunColumns.DEFAULT));
    }

    @Test
    void columnNamesMustBeGivenOnce() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RunColumns.DEFAULT.withoutHeader(List.of("params", "loss", "params")));
        assertEquals("columns: each name must appear once, was params,loss,params", e.getMessage());
    }
}
