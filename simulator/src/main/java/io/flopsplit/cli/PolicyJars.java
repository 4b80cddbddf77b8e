package io.flopsplit.cli;

import io.flopsplit.policy.Policies;
import io.flopsplit.policy.PolicyProvider;
import io.flopsplit.policy.PolicyType;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.JarFile;

/**
 * Users' policies from jars: the {@link PolicyProvider}s that {@link ServiceLoader} finds on the
 * class path flopsplit was started with ({@code java -cp flopsplit.jar:my.jar io.flopsplit.cli.Main})
 * and in the jars (or class directories) given, each declared in its jar's
 * {@code META-INF/services/io.flopsplit.policy.PolicyProvider}; nothing is scanned. Their types are
 * registered with {@link Policies#register} until the returned {@link Loaded} is closed. Every problem
 * is an {@link IllegalArgumentException} of one line: a path that is missing or not a jar, a provider
 * that cannot be loaded or fails, a name taken by a built-in or by another jar's policy (both classes
 * and where they come from named).
 */
final class PolicyJars {

    private PolicyJars() {
    }

    /** The policies registered from jars, registered until closed. */
    static final class Loaded implements AutoCloseable {
        private final List<Policies.Registration> registrations = new ArrayList<>();
        private final List<String> names = new ArrayList<>();
        private final URLClassLoader loader;

        private Loaded(URLClassLoader loader) {
            this.loader = loader;
        }

        /** The names of the types the providers offered, in the order they came. */
        List<String> names() {
            return List.copyOf(names);
        }

        @Override
        public void close() {
            registrations.forEach(Policies.Registration::close);
            registrations.clear();
            if (loader != null) {
                try {
                    loader.close();
                } catch (IOException ignored) {
                    // Closing only releases the jars' file handles; nothing was written.
                }
            }
        }
    }

    /** Registers the policies of the providers on {@code parent} and in {@code paths} (which may be empty). */
    static Loaded load(List<Path> paths, ClassLoader parent) {
        URLClassLoader jars = paths.isEmpty() ? null : new URLClassLoader(urls(paths), parent);
        Loaded loaded = new Loaded(jars);
        try {
            Iterator<PolicyProvider> providers = ServiceLoader.load(PolicyProvider.class,
                    jars == null ? parent : jars).iterator();
            while (next(providers)) {
                PolicyProvider provider = provide(providers);
                for (PolicyType<?> type : types(provider)) {
                    register(type, provider, loaded);
                }
            }
            return loaded;
        } catch (RuntimeException e) {
            loaded.close();
            throw e;
        }
    }

    private static URL[] urls(List<Path> paths) {
        List<URL> urls = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new IllegalArgumentException("--classpath: " + path + " does not exist");
            }
            if (!Files.isDirectory(path)) {
                try (JarFile jar = new JarFile(path.toFile())) {
                    if (jar.size() == 0) {
                        throw new IllegalArgumentException("--classpath: " + path + " is an empty jar");
                    }
                } catch (IOException e) {
                    throw new IllegalArgumentException("--classpath: " + path + " is not a jar (" + e.getMessage() + ")");
                }
            }
            try {
                urls.add(path.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("--classpath: " + path + " is not a usable path ("
                        + e.getMessage() + ")");
            }
        }
        return urls.toArray(URL[]::new);
    }

    private static boolean next(Iterator<PolicyProvider> providers) {
        try {
            return providers.hasNext();
        } catch (ServiceConfigurationError e) {
            throw unloadable(e);
        }
    }

    private static PolicyProvider provide(Iterator<PolicyProvider> providers) {
        try {
            return providers.next();
        } catch (ServiceConfigurationError e) {
            throw unloadable(e);
        }
    }

    private static IllegalArgumentException unloadable(ServiceConfigurationError e) {
        Throwable cause = e.getCause();
        return new IllegalArgumentException("--classpath: a policy provider cannot be loaded: " + e.getMessage()
                + (cause == null || e.getMessage().contains(String.valueOf(cause.getMessage())) ? "" : " (" + cause + ")"));
    }

    private static List<PolicyType<?>> types(PolicyProvider provider) {
        List<PolicyType<?>> types;
        try {
            types = provider.types();
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalArgumentException("--classpath: policy provider " + provider.getClass().getName() + " ("
                    + where(provider.getClass()) + ") failed: " + e);
        }
        if (types == null || types.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("--classpath: policy provider " + provider.getClass().getName() + " ("
                    + where(provider.getClass()) + ") returned no types or a null type");
        }
        return types;
    }

    private static void register(PolicyType<?> type, PolicyProvider provider, Loaded loaded) {
        PolicyType<?> taken = Policies.find(type.name()).orElse(null);
        if (taken != null && taken != type) {
            throw new IllegalArgumentException("--classpath: policy '" + type.name() + "' of "
                    + type.policyClass().getName() + " (" + where(provider.getClass()) + ") clashes with '"
                    + taken.name() + "' of " + taken.policyClass().getName() + " (" + where(taken.policyClass())
                    + "); rename one of them");
        }
        loaded.registrations.add(Policies.register(type));
        loaded.names.add(type.name());
    }

    /** Where a class comes from, for messages: flopsplit itself, or the jar or directory that holds it. */
    private static String where(Class<?> type) {
        CodeSource mine = Policies.class.getProtectionDomain().getCodeSource();
        CodeSource theirs = type.getProtectionDomain().getCodeSource();
        if (theirs == null || mine != null && mine.getLocation().equals(theirs.getLocation())) {
            return "built in";
        }
        try {
            return Path.of(theirs.getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return theirs.getLocation().toString();
        }
    }
}
