package io.flopsplit.calibration;

import io.flopsplit.compute.Checks;

/**
 * Where a published value comes from: the work (authors, year, arXiv identifier) and the place in
 * it (section, figure, table, abstract, or the authors' released code and constants).
 *
 * @param work e.g. {@code Yin & Rush 2024, arXiv 2410.16208}
 * @param where e.g. {@code abstract}, {@code Fig. 2}, {@code results/parameter_values.jsonl}
 */
public record Source(String work, String where) {

    public Source {
        Checks.present("work", work);
        Checks.present("where", where);
        if (work.isBlank() || where.isBlank()) {
            throw new IllegalArgumentException("source: work and where must be given, was '" + work + "', '"
                    + where + "'");
        }
    }

    /** One line: {@code work, where}. */
    @Override
    public String toString() {
        return work + ", " + where;
    }
}
