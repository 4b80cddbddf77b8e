package io.flopsplit.cli;

import io.flopsplit.policy.Policies;
import io.flopsplit.report.Row;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code flopsplit policies}: the registered allocation policies, each with its options at their
 * defaults (as a scenario writes them) and a one-line description.
 */
@Command(name = "policies", mixinStandardHelpOptions = true,
        description = "Lists the registered allocation policies, their options with defaults, and what each does.")
final class PoliciesCommand implements Callable<Integer> {

    @Mixin
    OutputOptions output;

    @Mixin
    ClasspathOption classpath;

    @Override
    public Integer call() {
        try (PolicyJars.Loaded jars = classpath.register()) {
            output.print(Policies.types().stream().map(type -> new Row().text("name", type.name())
                    .text("options", type.defaultOptions().written().flowEntries())
                    .text("description", type.description())).toList());
            return 0;
        }
    }
}
