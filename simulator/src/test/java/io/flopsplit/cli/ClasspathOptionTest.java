package io.flopsplit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.policy.Policies;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Users' policies from jars: declared in the jar's META-INF/services, loaded by --classpath (or from
 * the class path flopsplit started with), usable like a built-in by run, validate, policies and
 * reference, and gone when the command ends; every bad jar is one line and exit code 2.
 */
class ClasspathOptionTest {

    private static final String SHARED = "trainingShare";

    @TempDir
    Path directory;

    private Path jar(String name, String pkg, String typeName) throws Exception {
        return PolicyJar.build(directory, name, Map.of(
                pkg + ".Thrifty", PolicyJar.policy(pkg, "Thrifty", typeName,
                        "return new FixedSplitPolicy(0.4, io.flopsplit.inference.Greedy.TYPE).allocate(forecast);"),
                pkg + ".Provider", PolicyJar.provider(pkg, "Provider", "Thrifty.TYPE")), List.of(pkg + ".Provider"));
    }

    private static String oneLine(CommandLineRun run) {
        assertEquals(2, run.code(), run.out() + run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        return run.err().strip();
    }

    @Test
    void aJarsPolicyIsListedValidatedRunAndForgottenAfterwards() throws Exception {
        Path jar = jar("thrifty.jar", "org.example", "from-jar");
        CommandLineRun listed = CommandLineRun.of("policies", "--classpath", jar.toString(), "--format", "csv");
        assertEquals(0, listed.code(), listed.err());
        assertTrue(listed.lines().contains("from-jar,,A test policy from a jar"), listed.out());

        Path scenario = Files.writeString(directory.resolve("s.yaml"), "deployment: {simulatedQueries: 100}\n"
                + "policies: [from-jar, chinchilla]\n");
        CommandLineRun validated = CommandLineRun.of("validate", scenario.toString(), "--classpath", jar.toString());
        assertEquals(0, validated.code(), validated.err());
        assertTrue(validated.out().contains("  - {name: from-jar}\n"), validated.out());
        CommandLineRun ran = CommandLineRun.of("run", scenario.toString(), "--classpath", jar.toString(), "--trials", "2",
                "--format", "csv");
        assertEquals(0, ran.code(), ran.err());
        assertTrue(ran.out().contains("s,from-jar,accuracy,mean,"), ran.out());
        CommandLineRun reference = CommandLineRun.of("reference", "--classpath", jar.toString());
        assertTrue(reference.out().contains("from-jar"), reference.out().lines().filter(l -> l.contains("policies"))
                .toList().toString());

        assertTrue(Policies.find("from-jar").isEmpty(), "registered only while the command runs");
        assertTrue(oneLine(CommandLineRun.of("validate", scenario.toString()))
                .contains("policies[0]: unknown policy 'from-jar'"));
    }

    @Test
    void theClassPathFlopsplitStartedWithIsHonoured() throws Exception {
        // As with java -cp flopsplit.jar:thrifty.jar io.flopsplit.cli.Main: the jar is on the context class loader.
        Path jar = jar("on-cp.jar", "org.example.cp", "on-the-class-path");
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, original)) {
            thread.setContextClassLoader(loader);
            CommandLineRun listed = CommandLineRun.of("policies", "--format", "csv");
            assertTrue(listed.out().contains("on-the-class-path,,A test policy from a jar"), listed.out());
        } finally {
            thread.setContextClassLoader(original);
        }
    }

    @Test
    void aNameTakenByABuiltInIsOneLineNamingBothClasses() throws Exception {
        Path jar = jar("impostor.jar", "org.example.impostor", "chinchilla");
        String error = oneLine(CommandLineRun.of("policies", "--classpath", jar.toString()));
        assertTrue(error.startsWith("flopsplit policies: --classpath: policy 'chinchilla' of"
                + " org.example.impostor.Thrifty (" + jar + ") clashes with 'chinchilla' of"
                + " io.flopsplit.policy.ChinchillaPolicy (built in); rename one of them"), error);
    }

    @Test
    void aNameTakenByAnotherJarIsOneLineNamingBothJars() throws Exception {
        Path first = jar("first.jar", "org.example.first", "twin");
        Path second = jar("second.jar", "org.example.second", "twin");
        String error = oneLine(CommandLineRun.of("check", "--classpath", first + java.io.File.pathSeparator + second));
        assertTrue(error.contains("policy 'twin' of org.example.second.Thrifty (" + second + ") clashes with 'twin' of"
                + " org.example.first.Thrifty (" + first + ")"), error);
    }

    @Test
    void badJarsAreOneLineEach() throws Exception {
        Path text = Files.writeString(directory.resolve("notes.jar"), "not a zip\n");
        assertTrue(oneLine(CommandLineRun.of("policies", "--classpath", directory.resolve("missing.jar").toString()))
                .contains("--classpath: " + directory.resolve("missing.jar") + " does not exist"));
        assertTrue(oneLine(CommandLineRun.of("run", "x.yaml", "--classpath", text.toString()))
                .contains("--classpath: " + text + " is not a jar ("));

        Path failing = PolicyJar.build(directory, "failing.jar", Map.of("org.example.bad.Provider",
                "package org.example.bad;\npublic final class Provider implements io.flopsplit.policy.PolicyProvider {\n"
                        + "    public java.util.List<io.flopsplit.policy.PolicyType<?>> types() {\n"
                        + "        throw new IllegalStateException(\"no types today\");\n    }\n}\n"),
                List.of("org.example.bad.Provider"));
        assertTrue(oneLine(CommandLineRun.of("policies", "--classpath", failing.toString())).contains(
                "--classpath: policy provider org.example.bad.Provider (" + failing + ") failed:"
                        + " java.lang.IllegalStateException: no types today"));

        Path dangling = PolicyJar.build(directory, "dangling.jar", Map.of(), List.of("org.example.Gone"));
        assertTrue(oneLine(CommandLineRun.of("policies", "--classpath", dangling.toString()))
                .contains("--classpath: a policy provider cannot be loaded: io.flopsplit.policy.PolicyProvider:"
                        + " Provider org.example.Gone not found"));
    }
}
