package io.flopsplit.cli;

import io.flopsplit.keys.NumberKey;
import io.flopsplit.scenario.DeploymentSection;
import io.flopsplit.scenario.TasksSection;
import java.util.Map;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Defaults of the command-line options that have a scenario key, taken from the key, so that a
 * default is written once: {@code --prompt-tokens} and {@code --answer-tokens} from the
 * {@code deployment} section, {@code --suite} from the {@code tasks} section.
 */
final class SectionDefaults implements IDefaultValueProvider {

    private static final Map<String, String> DEFAULTS = Map.of(
            DeploymentSection.PROMPT_TOKENS.optionName(), text(DeploymentSection.PROMPT_TOKENS),
            DeploymentSection.ANSWER_TOKENS.optionName(), text(DeploymentSection.ANSWER_TOKENS),
            "--suite", TasksSection.DEFAULT_SUITE);

    @Override
    public String defaultValue(ArgSpec argument) {
        return argument instanceof OptionSpec option ? DEFAULTS.get(option.longestName()) : null;
    }

    private static String text(NumberKey key) {
        return key.write(key.defaultValue()).orElseThrow();
    }
}
