package io.flopsplit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A user's policy jar, built by a test as a user's build would: Java sources compiled against
 * flopsplit (the test's class path) and packed with a {@code META-INF/services} file naming the
 * providers. Its classes exist only in the jar, so loading them exercises {@code --classpath} for real.
 */
final class PolicyJar {

    static final String SERVICES = "META-INF/services/io.flopsplit.policy.PolicyProvider";

    private PolicyJar() {
    }

    /** Compiles {@code sources} (class name to text) into {@code jar}, listing {@code providers} as services. */
    static Path build(Path directory, String jar, Map<String, String> sources, List<String> providers)
            throws IOException {
        Path sourceDir = Files.createDirectories(directory.resolve(jar + "-src"));
        Path classes = Files.createDirectories(directory.resolve(jar + "-classes"));
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path"), "-proc:none"));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = sourceDir.resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            arguments.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        if (!sources.isEmpty() && javac.run(null, null, errors, arguments.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("the test policy does not compile:\n" + errors.toString(UTF_8));
        }
        Path jarFile = directory.resolve(jar);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jarFile));
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
            if (!providers.isEmpty()) {
                out.putNextEntry(new JarEntry(SERVICES));
                out.write((String.join("\n", providers) + "\n").getBytes(UTF_8));
                out.closeEntry();
            }
        }
        return jarFile;
    }

    /** The source of a provider class {@code name} offering {@code types} (Java expressions). */
    static String provider(String pkg, String name, String types) {
        return "package " + pkg + ";\n"
                + "public final class " + name + " implements io.flopsplit.policy.PolicyProvider {\n"
                + "    public java.util.List<io.flopsplit.policy.PolicyType<?>> types() {\n"
                + "        return java.util.List.of(" + types + ");\n"
                + "    }\n"
                + "}\n";
    }

    /** The source of a policy record {@code name}, type name {@code typeName}, whose allocation is {@code allocate}. */
    static String policy(String pkg, String name, String typeName, String allocate) {
        return "package " + pkg + ";\n"
                + "import io.flopsplit.allocation.*;\n"
                + "import io.flopsplit.policy.*;\n"
                + "public record " + name + "() implements Policy {\n"
                + "    public static final PolicyType<" + name + "> TYPE = PolicyType.of(\"" + typeName + "\",\n"
                + "            \"A test policy from a jar\", " + name + ".class, " + name + "::new);\n"
                + "    public PolicyType<" + name + "> type() { return TYPE; }\n"
                + "    public Allocation allocate(Forecast forecast) { " + allocate + " }\n"
                + "}\n";
    }
}
