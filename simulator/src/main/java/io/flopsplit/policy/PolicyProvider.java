package io.flopsplit.policy;

import java.util.List;

/**
 * How a jar offers its policy types to flopsplit: a public class with a public no-argument
 * constructor implementing this interface, named in the jar's
 * {@code META-INF/services/io.flopsplit.policy.PolicyProvider} (one class name per line), as
 * {@link java.util.ServiceLoader} requires. The command line loads the providers of the jars given
 * with {@code --classpath}, and of its own class path (for {@code java -cp flopsplit.jar:my.jar
 * io.flopsplit.cli.Main}), and registers their types with {@link Policies#register} before it reads a
 * scenario; nothing is scanned. A type whose name is already taken is an error naming both classes.
 *
 * <pre>{@code
 * public final class MyPolicies implements PolicyProvider {
 *     public List<PolicyType<?>> types() {
 *         return List.of(CautiousPolicy.TYPE);
 *     }
 * }
 * }</pre>
 */
public interface PolicyProvider {

    /** The policy types this jar offers, each with a name no other registered type has. */
    List<PolicyType<?>> types();
}
