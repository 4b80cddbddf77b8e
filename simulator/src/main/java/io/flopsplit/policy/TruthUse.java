package io.flopsplit.policy;

import io.flopsplit.allocation.Forecast;

/**
 * Which policy classes decide from their belief alone: those that do not override
 * {@link Policy#allocate(Forecast, Forecast)} (the default ignores the truth). Looked up once per class.
 */
final class TruthUse {

    private static final ClassValue<Boolean> IGNORES_TRUTH = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            try {
                return type.getMethod("allocate", Forecast.class, Forecast.class).getDeclaringClass() == Policy.class;
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a policy without allocate(belief, truth): " + type.getName(), e);
            }
        }
    };

    private TruthUse() {
    }

    static boolean ignoresTruth(Class<?> policyClass) {
        return IGNORES_TRUTH.get(policyClass);
    }
}
