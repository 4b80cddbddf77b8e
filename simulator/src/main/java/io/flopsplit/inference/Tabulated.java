package io.flopsplit.inference;

import io.flopsplit.tasks.Distractors;

/**
 * A strategy whose success is read from success tables built at budget nodes ({@link BudgetGrid}):
 * it names the family of tables it reads, so that the release can ship the families of the default
 * constants ({@link TableCatalogue}, {@link ShippedTables}).
 */
interface Tabulated {

    /** The tables this strategy reads on a suite with these distractors. */
    TableFamily tables(Distractors distractors);
}
