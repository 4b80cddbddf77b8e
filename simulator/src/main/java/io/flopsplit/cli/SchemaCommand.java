package io.flopsplit.cli;

import io.flopsplit.scenario.ScenarioSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code flopsplit schema}: the JSON Schema of scenario files, for editors. It is written from the
 * policy registry when the command runs, so policies registered before it (for example from a
 * user's jar) are accepted by the schema it prints.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Prints the JSON Schema (draft 7) of scenario files, written from the scenario's keys and"
                + " the registered policies, for editors with the YAML language server. The repository keeps it as"
                + " scenarios/" + ScenarioSchema.FILE_NAME + "; `flopsplit validate` remains the authority.")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(ScenarioSchema.json());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
