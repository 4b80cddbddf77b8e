package io.flopsplit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * For property tests: when QuickTheories falsifies a property it reports "Seed was N"; this
 * extension adds the exact command that re-runs that test with that seed. Every {@code *Properties}
 * class carries {@code @ExtendWith(ReRunHint.class)}. The seed is pinned for CI in the parent
 * {@code pom.xml} ({@code qt.seed}) and passed to QuickTheories as the system property QT_SEED.
 */
public final class ReRunHint implements TestExecutionExceptionHandler {

    private static final Pattern SEED = Pattern.compile("Seed was (-?\\d+)");

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        String message = String.valueOf(failure.getMessage());
        Matcher seed = SEED.matcher(message);
        if (!seed.find()) {
            throw failure;
        }
        String test = context.getRequiredTestClass().getSimpleName() + "#" + context.getRequiredTestMethod().getName();
        AssertionError hinted = new AssertionError(message + System.lineSeparator()
                + "Re-run this property with: mvn -B verify -pl simulator -Dqt.seed=" + seed.group(1)
                + " -Dtest=" + test + " -Dsurefire.failIfNoSpecifiedTests=false", failure);
        hinted.setStackTrace(failure.getStackTrace());
        throw hinted;
    }
}
