package io.flopsplit.cli;

import io.flopsplit.scenario.EffectiveScenario;
import io.flopsplit.scenario.Scenario;
import io.flopsplit.scenario.ScenarioReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flopsplit validate FILE}: checks a scenario and prints the effective one (defaults applied). */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a scenario file and prints the effective scenario (every key, defaults applied).")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file (YAML).")
    Path file;

    @Mixin
    ClasspathOption classpath;

    @Override
    public Integer call() {
        try (PolicyJars.Loaded jars = classpath.register()) {
            List<Scenario> scenarios = ScenarioReader.read(file);
            var out = spec.commandLine().getOut();
            for (int i = 0; i < scenarios.size(); i++) {
                if (scenarios.size() > 1) {
                    out.println("# --- variant " + scenarios.get(i).name());
                }
                out.print(EffectiveScenario.yaml(scenarios.get(i)));
            }
            out.flush();
            return 0;
        }
    }
}
