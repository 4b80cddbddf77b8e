package io.flopsplit.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.inference.Revisions;
import io.flopsplit.scenario.BudgetSection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --vary KEY=VALUES}: ranges, log ranges and lists, and every way of getting them wrong. */
class SweepAxisTest {

    @Test
    void aLogRangeHasItsEndsAndDecadesExactly() {
        SweepAxis axis = SweepAxis.parse("budget.total=1e20..1e26:13:log");
        assertEquals(BudgetSection.TOTAL, axis.key().key());
        assertEquals(13, axis.size());
        assertTrue(axis.log() && axis.numeric());
        assertEquals(List.of("1e20", "3.16227766017e20", "1e21"), axis.texts().subList(0, 3));
        assertEquals(1e26, axis.numbers().get(12));
        for (int decade = 0; decade <= 6; decade++) {
            assertEquals(Math.pow(10, 20 + decade), axis.numbers().get(2 * decade), 0, "decade " + decade);
        }
    }

    @Test
    void aLinearRangeReadsAsTyped() {
        SweepAxis axis = SweepAxis.parse("strategies.revisionKeep=0.1..0.8:8");
        assertEquals(Revisions.KEEP.name(), axis.key().key().name());
        assertEquals(List.of("0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8"), axis.texts());
        assertFalse(axis.log());
        assertEquals(axis.texts(), SweepAxis.parse("strategies.revisionKeep = 0.1..0.8:8:lin").texts());
    }

    @Test
    void listsAreNumbersOrWordsAndLogWhenTheySpanTwoDecades() {
        SweepAxis queries = SweepAxis.parse("deployment.queries=1e6,1e9,1e12");
        assertEquals(List.of(1e6, 1e9, 1e12), queries.numbers());
        assertTrue(queries.log());
        assertFalse(SweepAxis.parse("deployment.queries=1e6,5e6,9e6").log(), "less than two decades");
        assertFalse(SweepAxis.parse("deployment.promptTokens=0,100,1000").log(), "zero has no logarithm");
        SweepAxis laws = SweepAxis.parse("law.profile=chinchilla,epoch");
        assertFalse(laws.numeric());
        assertEquals(List.of("chinchilla", "epoch"), laws.texts());
        assertEquals(1, SweepAxis.parse("budget.total=1e22").size());
        assertEquals("data.selection.keptFraction", SweepAxis.parse("data.selection.keptFraction=0.1,0.3").key().path());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "budget.total | expected KEY=VALUES",
        "budget.totl=1 | unknown key path budget.totl: budget has no key 'totl'; its keys are total",
        "budgets.total=1 | unknown key path budgets.total: no section 'budgets'; the sections are budget, law,",
        "total=1 | 'total' is not a key path",
        "=1 | the key path is empty",
        "data.selection=1 | data.selection is a section, not a key; name one of its keys: method, proxyParams",
        "data.selection.keptFraction.x=1 | selection has no section 'keptFraction'",
        "montecarlo.seed=1,2 | montecarlo.seed cannot be swept: every cell plays the same trials",
        "budget.total= | budget.total has no values (zero points)",
        "budget.total=1e20..1e26:0:log | a range needs at least 2 points, was 0",
        "budget.total=1e20..1e26:1 | a range needs at least 2 points, was 1; for one value write it alone",
        "budget.total=1e20..1e26:-3 | a range needs at least 2 points, was -3",
        "budget.total=1e20..1e26:2.5 | the number of points must be a whole number, was '2.5'",
        "budget.total=1e20..1e26:5000 | at most 1000 points per key, was 5000",
        "budget.total=1e26..1e20:3 | a range must increase (FROM < TO), was 1e26..1e20",
        "budget.total=0..1e20:3:log | a log range needs FROM > 0, was 0",
        "budget.total=1e20..1e26:13:lg | the spacing must be log or lin, was 'lg'",
        "budget.total=1e20..x:3 | 'x' is not a finite number",
        "budget.total=1e20..NaN:3 | 'NaN' is not a finite number",
        "budget.total=1e20..1e26 | a range is FROM..TO:N or FROM..TO:N:log",
        "budget.total=1..1.0000000000001:100 | neighbouring values coincide",
    })
    void badSpecsAreOneClearSentence(String argument, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SweepAxis.parse(argument));
        assertTrue(e.getMessage().contains(expected.strip()), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void listsRefuseEmptyAndRepeatedValues() {
        for (String argument : List.of("budget.total=1,,2", "budget.total=1,", "budget.total=1,1", "budget.total=1,1.0")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SweepAxis.parse(argument));
            assertTrue(e.getMessage().contains("empty value") || e.getMessage().contains("listed twice"), e.getMessage());
        }
    }

    @Test
    void theGridCrossesKeysFirstSlowestAndRefusesRepeatsAndHugeGrids() {
        SweepGrid grid = new SweepGrid(List.of(SweepAxis.parse("budget.total=1e21,1e22"),
                SweepAxis.parse("deployment.queries=1e6,1e9,1e12")));
        assertEquals(6, grid.size());
        assertEquals(List.of("budget.total=1e21, deployment.queries=1e6", "budget.total=1e21, deployment.queries=1e9",
                "budget.total=1e21, deployment.queries=1e12", "budget.total=1e22, deployment.queries=1e6"),
                grid.cells().subList(0, 4).stream().map(Cell::label).toList());
        assertEquals("sweep cell 5 of 6: budget.total=1e22, deployment.queries=1e9", grid.cell(4).source());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> new SweepGrid(List.of(
                SweepAxis.parse("budget.total=1"), SweepAxis.parse("budget.total=2"))));
        assertTrue(twice.getMessage().contains("budget.total is varied twice"), twice.getMessage());
        IllegalArgumentException huge = assertThrows(IllegalArgumentException.class, () -> new SweepGrid(List.of(
                SweepAxis.parse("budget.total=1..2:1000"), SweepAxis.parse("deployment.queries=1..2:1000"))));
        assertTrue(huge.getMessage().contains("more than 100000 cells (1000 × 1000)"), huge.getMessage());
    }
}
