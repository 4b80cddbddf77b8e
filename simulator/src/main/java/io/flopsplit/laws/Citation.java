package io.flopsplit.laws;

import io.flopsplit.compute.Checks;

/**
 * Where a law's constants come from: the paper, its arXiv identifier and the place in it.
 *
 * @param authors short author list, e.g. "Hoffmann et al."
 * @param year publication year
 * @param title paper title
 * @param arxiv arXiv identifier, e.g. "2203.15556"
 * @param where the section, table or code the numbers are taken from
 */
public record Citation(String authors, int year, String title, String arxiv, String where) {

    public Citation {
        Checks.present("authors", authors);
        Checks.present("title", title);
        Checks.present("arxiv", arxiv);
        Checks.present("where", where);
    }

    /** The source of constants a user gave: no paper, only what they are. */
    public static Citation userSupplied(String what) {
        return new Citation("user-supplied", 0, what, "", "");
    }

    /** One line: {@code Hoffmann et al. 2022, "Training ...", arXiv 2203.15556, App. D.2}. */
    @Override
    public String toString() {
        if (year == 0) {
            return authors + ": " + title;
        }
        return authors + " " + year + ", \"" + title + "\", arXiv " + arxiv + ", " + where;
    }
}
