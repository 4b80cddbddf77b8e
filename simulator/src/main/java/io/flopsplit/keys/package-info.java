/**
 * Documented keys: every setting a scenario file, a policy or a strategy takes is declared once as a
 * {@link io.flopsplit.keys.Key} with its name, description, default and allowed values. The same
 * declaration reads the value from a located YAML mapping (an error names the file, line and key
 * path), writes it back as YAML text, documents it in the reference scenario and describes it as a
 * JSON Schema fragment, so that no default or limit is written twice.
 */
package io.flopsplit.keys;
