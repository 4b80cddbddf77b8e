/**
 * Results as rows of named fields, written as an aligned console table, JSON lines (one object per
 * line, camelCase fields, plain numbers) or CSV, for people and for scripts alike.
 */
package io.flopsplit.report;
