package io.flopsplit.scenario;

import io.flopsplit.keys.NodeKey;
import io.flopsplit.keys.Section;
import io.flopsplit.keys.Written;
import io.flopsplit.keys.YamlText;
import io.flopsplit.tasks.SuiteFile;
import io.flopsplit.tasks.SuitePresets;
import io.flopsplit.tasks.TaskSuite;
import io.flopsplit.yaml.Fields;
import io.flopsplit.yaml.YamlNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scenario's {@code tasks} section: the task suite queries are drawn from, a preset or a suite
 * file. A file is found relative to the scenario file and recorded by its absolute path, so that the
 * effective scenario finds it from wherever it is read.
 *
 * @param suiteId the preset's id, or the suite file's absolute path
 * @param suite the task suite
 */
public record TasksSection(String suiteId, TaskSuite suite) {

    public static final String DEFAULT_SUITE = "math-like";
    public static final TasksSection DEFAULTS = new TasksSection(DEFAULT_SUITE, SuitePresets.resolve(DEFAULT_SUITE));
    public static final Section SECTION = Section.of("tasks", "The task suite",
            List.of(suiteKey(Path.of("scenario.yaml"))));

    /** The {@code suite} key, resolving files relative to {@code scenarioFile}. */
    static NodeKey<TasksSection> suiteKey(Path scenarioFile) {
        return new NodeKey<>("suite", "A preset (" + presets() + ") or a suite file, relative to the scenario file",
                DEFAULTS, presets() + ", or a suite file", node -> resolve(node, scenarioFile),
                tasks -> Optional.of(YamlText.text(tasks.suiteId())), tasks -> tasks,
                Map.of("anyOf", List.of(Map.of("enum", SuitePresets.all().stream().map(TaskSuite::id).toList()),
                        Map.of("type", "string")), "default", DEFAULT_SUITE));
    }

    static TasksSection read(Fields fields, Path scenarioFile) {
        TasksSection section = suiteKey(scenarioFile).read(fields);
        fields.finish();
        return section;
    }

    private static TasksSection resolve(YamlNode node, Path scenarioFile) {
        String id = Fields.text(node);
        if (SuitePresets.all().stream().anyMatch(suite -> suite.id().equals(id))) {
            return new TasksSection(id, SuitePresets.resolve(id));
        }
        Path parent = scenarioFile.toAbsolutePath().getParent();
        Path suiteFile = parent == null ? Path.of(id).toAbsolutePath() : parent.resolve(id);
        if (!Files.isRegularFile(suiteFile)) {
            throw node.error("unknown suite '" + id + "': not a preset (" + presets()
                    + ") nor a file next to the scenario");
        }
        return new TasksSection(suiteFile.normalize().toString(), SuiteFile.read(suiteFile));
    }

    private static String presets() {
        return String.join(", ", SuitePresets.all().stream().map(TaskSuite::id).toList());
    }

    Written write() {
        return new Written().text("suite", YamlText.text(suiteId));
    }
}
