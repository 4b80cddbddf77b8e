package io.flopsplit.cli;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --classpath JARS} option of the commands that name policies (run, validate, policies,
 * reference, check): jars (or class directories) holding users' policies, separated by the platform's
 * path separator ({@code :} on Linux and macOS). {@link #register} registers their policies, and
 * those of the class path flopsplit was started with, before anything else is read; closing what it
 * returns unregisters them.
 */
final class ClasspathOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--classpath", paramLabel = "JARS",
            description = "Jars (or class directories) with your own policies, separated by '${sys:path.separator}';"
                    + " each declares them in META-INF/services/io.flopsplit.policy.PolicyProvider.")
    String classpath;

    /** Registers the policies of the jars given and of flopsplit's own class path, until closed. */
    PolicyJars.Loaded register() {
        try {
            return PolicyJars.load(paths(), Thread.currentThread().getContextClassLoader());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, classpath);
        }
    }

    private List<Path> paths() {
        List<Path> paths = new ArrayList<>();
        if (classpath == null) {
            return paths;
        }
        for (String part : classpath.split(File.pathSeparator)) {
            if (part.isBlank()) {
                continue;
            }
            try {
                paths.add(Path.of(part.strip()));
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException("--classpath: not a path: '" + part + "' (" + e.getReason() + ")");
            }
        }
        return paths;
    }
}
