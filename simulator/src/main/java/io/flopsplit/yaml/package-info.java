/**
 * YAML input files read into a tree whose every node knows its file, line and key path, so that
 * any problem found later, while turning the tree into validated records, can be reported as one
 * line: {@code budget.total: must be > 0, was -1e23 (scenarios/x.yaml:3)}.
 */
package io.flopsplit.yaml;
