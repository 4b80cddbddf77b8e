package io.flopsplit.cli;

import io.flopsplit.policy.Policies;
import io.flopsplit.report.Row;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code flopsplit policies}: the built-in allocation policies with a one-line description each. */
@Command(name = "policies", mixinStandardHelpOptions = true,
        description = "Lists the built-in allocation policies with a one-line description each.")
final class PoliciesCommand implements Callable<Integer> {

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        output.print(Policies.all().stream()
                .map(policy -> new Row().text("name", policy.name()).text("description", policy.description()))
                .toList());
        return 0;
    }
}
