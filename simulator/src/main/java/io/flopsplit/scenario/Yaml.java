package io.flopsplit.scenario;

import io.flopsplit.compute.NumberText;

/** Scalars as the effective scenario writes them: numbers exactly, words quoted when YAML needs it. */
final class Yaml {

    private Yaml() {
    }

    static String number(double value) {
        return NumberText.exact(value);
    }

    static String text(String value) {
        if (value.isEmpty() || !value.matches("[A-Za-z0-9_./-][A-Za-z0-9_ ./,;()-]*") || value.endsWith(" ")) {
            return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        return value;
    }
}
