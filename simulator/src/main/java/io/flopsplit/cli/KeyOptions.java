package io.flopsplit.cli;

import io.flopsplit.compute.Range;
import io.flopsplit.inference.RemovedKeys;
import io.flopsplit.inference.Strategies;
import io.flopsplit.inference.StrategyParameters;
import io.flopsplit.keys.ChoiceKey;
import io.flopsplit.keys.Key;
import io.flopsplit.keys.NumberKey;
import io.flopsplit.keys.OptionalNumberKey;
import io.flopsplit.keys.TextKey;
import io.flopsplit.keys.WholeKey;
import java.util.OptionalDouble;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;

/**
 * Command-line options made from documented keys: one option per registered strategy parameter,
 * named after its key ({@code prmAuc} is {@code --prm-auc}), described, defaulted and checked by the
 * key, so that a parameter a strategy declares is an option of {@code test-time} and {@code match}
 * without being written again here.
 */
final class KeyOptions implements IModelTransformer {

    @Override
    public CommandSpec transform(CommandSpec spec) {
        for (Key<?> key : Strategies.parameters()) {
            spec.addOption(option(key));
        }
        RemovedKeys.all().keySet().forEach(name -> spec.addOption(removed(name)));
        return spec;
    }

    /** A hidden option for a removed setting: giving it is an error naming what replaced it. */
    private static OptionSpec removed(String name) {
        String option = new TextKey(name, "removed", "").optionName();
        return OptionSpec.builder(option).hidden(true).type(String.class).paramLabel("X").converters(text -> {
            throw new TypeConversionException(RemovedKeys.message(name));
        }).build();
    }

    /** The strategies' parameters as given on the command line of {@code spec}, defaults for the rest. */
    static StrategyParameters strategyParameters(CommandSpec spec) {
        StrategyParameters parameters = StrategyParameters.defaults();
        for (Key<?> key : Strategies.parameters()) {
            parameters = set(parameters, key, spec.findOption(key.optionName()).getValue());
        }
        return parameters;
    }

    @SuppressWarnings("unchecked")
    private static <T> StrategyParameters set(StrategyParameters parameters, Key<T> key, Object value) {
        if (key instanceof OptionalNumberKey) {
            value = value == null ? OptionalDouble.empty() : OptionalDouble.of((Double) value);
        }
        return parameters.with(key, (T) value);
    }

    private static OptionSpec option(Key<?> key) {
        OptionSpec.Builder option = OptionSpec.builder(key.optionName()).description(key.description() + " ("
                + key.domain() + (key instanceof OptionalNumberKey ? "" : "; default ${DEFAULT-VALUE}") + ").");
        if (key instanceof NumberKey number) {
            return option.type(Double.class).paramLabel("X").defaultValue(number.write(number.defaultValue()).orElseThrow())
                    .converters(within(number.range())).build();
        }
        if (key instanceof WholeKey whole) {
            return option.type(Long.class).paramLabel("N").defaultValue(Long.toString(whole.defaultValue()))
                    .converters(whole(whole)).build();
        }
        if (key instanceof OptionalNumberKey optional) {
            return option.type(Double.class).paramLabel("X")
                    .converters(within(optional.range())).build();
        }
        if (key instanceof ChoiceKey choice) {
            // A label of its own: the completion script names each option's values after its label.
            return option.type(String.class).paramLabel(choice.name().toUpperCase(java.util.Locale.ROOT))
                    .defaultValue(choice.defaultValue())
                    .completionCandidates(() -> choice.choices().get().iterator())
                    .converters(text -> {
                        if (!choice.choices().get().contains(text.trim())) {
                            throw new TypeConversionException("must be one of " + choice.domain() + ", was " + text);
                        }
                        return text.trim();
                    }).build();
        }
        throw new IllegalStateException(key.name() + ": a " + key.getClass().getSimpleName()
                + " has no command-line form");
    }

    private static ITypeConverter<Double> within(Range range) {
        return text -> {
            double value = NumberConverters.parse(text);
            if (!range.contains(value)) {
                throw new TypeConversionException(range.problem(value));
            }
            return value;
        };
    }

    private static ITypeConverter<Long> whole(WholeKey key) {
        return text -> {
            double value = NumberConverters.parse(text);
            if (value != Math.rint(value) || value < key.low() || value > key.high()) {
                throw new TypeConversionException("must be a whole number " + key.domain() + ", was " + text.trim());
            }
            return (long) value;
        };
    }
}
