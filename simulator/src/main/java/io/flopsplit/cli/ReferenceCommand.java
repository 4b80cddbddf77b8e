package io.flopsplit.cli;

import io.flopsplit.scenario.ReferenceScenario;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code flopsplit reference}: the reference scenario, every key with its default and meaning. */
@Command(name = "reference", mixinStandardHelpOptions = true,
        description = "Prints the reference scenario: every key of a scenario file with its default, meaning and"
                + " allowed values, and every registered policy with its options (YAML, runnable as it is).")
final class ReferenceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ClasspathOption classpath;

    @Override
    public Integer call() {
        try (PolicyJars.Loaded jars = classpath.register()) {
            spec.commandLine().getOut().print(ReferenceScenario.yaml());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
