package dev.precis.cli;

import java.lang.reflect.Field;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Range;
import picocli.CommandLine.TypeConversionException;

/**
 * Helpers that build picocli's command model in code, bound to the commands' fields.
 *
 * <p>Why not picocli's annotations: on JDK 17 every annotation type read at run time makes
 * the JVM generate a proxy class (about 5 ms each while interpreted), and the class-data-sharing
 * archive cannot store those classes. Building the model of the root and `split` from
 * annotations took 60-85 ms; built here it takes 12-16 ms, and `precis split` on the seed
 * article went from 240 to 170 ms of CPU time (medians of 31 interleaved runs). So each command
 * class has a {@code commandSpec()} method that declares its options right below the fields
 * they set, and nothing reads an annotation (CommandModelTest checks for proxy classes).
 */
final class Specs {
  private Specs() {}

  /** A command named {@code name} that runs {@code command}, with its description lines. */
  static CommandSpec command(Object command, String name, String... description) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
    spec.usageMessage().description(description);
    return spec;
  }

  /**
   * Adds -h/--help and -V/--version, as picocli's {@code mixinStandardHelpOptions} would (that
   * reads annotations too); they go last, after the command's own options, as picocli puts them.
   */
  static CommandSpec withHelpOptions(CommandSpec spec) {
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
        .description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
        .description("Print version information and exit.").build());
    return spec;
  }

  /** An option of {@code type} that reads and writes the field {@code field} of {@code owner}. */
  static OptionSpec.Builder option(Class<?> type, Object owner, String field, String... names) {
    OptionSpec.Builder builder = OptionSpec.builder(names).type(type);
    if (type == Path.class) {
      builder.converters(new PathConverter());
    }
    return bound(builder, owner, field);
  }

  /** An option that may repeat, collecting {@code element}s into a list field. */
  static OptionSpec.Builder listOption(Class<?> element, Object owner, String field,
      String... names) {
    return bound(OptionSpec.builder(names).type(List.class).auxiliaryTypes(element), owner, field);
  }

  /** --json, the flag of the commands that print a report: JSON instead of a table. */
  static OptionSpec jsonOption(Object owner, String field) {
    return option(boolean.class, owner, field, "--json").description("Machine-readable output.")
        .build();
  }

  /**
   * A required positional parameter of {@code type}, bound like {@link #option}. (An annotated
   * parameter is required when its arity's minimum is above 0; built ones are not by default.)
   */
  static PositionalParamSpec.Builder positional(Class<?> type, Object owner, String field) {
    return bound(PositionalParamSpec.builder().type(type).arity("1").required(true), owner, field);
  }

  /** Positional parameters of {@code arity} ("0..*", "1..*") collected into a list field. */
  static PositionalParamSpec.Builder positionals(Class<?> element, String arity, Object owner,
      String field) {
    PositionalParamSpec.Builder builder = PositionalParamSpec.builder().type(List.class)
        .auxiliaryTypes(element).arity(arity).required(Range.valueOf(arity).min() > 0);
    if (element == Path.class) {
      builder.converters(new PathConverter());
    }
    return bound(builder, owner, field);
  }

  /**
   * Reads a path. Main turns off picocli's converters that it registers by reflection for
   * every command line (java.time, java.sql and Path; checking each against the exclusion
   * pattern compiled a regex, about 9 ms of a `split` run): precis has options of no such
   * type but Path, which this converter serves.
   */
  static final class PathConverter implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      try {
        return Path.of(value);
      } catch (InvalidPathException e) {
        throw new TypeConversionException("invalid path '" + value + "': " + e.getReason());
      }
    }
  }

  /**
   * {@code builder} bound to a field. Its initial value is the field's value now: picocli resets
   * every argument to its initial value before parsing (a built one's is null otherwise, which
   * a primitive field cannot take), as it does with an annotated field's value.
   */
  private static OptionSpec.Builder bound(OptionSpec.Builder builder, Object owner, String field) {
    FieldBinding binding = new FieldBinding(owner, field);
    return builder.getter(binding).setter(binding).initialValue(binding.get());
  }

  /** {@code builder} bound to a field, as for options. */
  private static PositionalParamSpec.Builder bound(PositionalParamSpec.Builder builder,
      Object owner, String field) {
    FieldBinding binding = new FieldBinding(owner, field);
    return builder.getter(binding).setter(binding).initialValue(binding.get());
  }

  /** Completion candidates (and ${COMPLETION-CANDIDATES} in help), listed only when asked for. */
  static Iterable<String> candidates(Supplier<List<String>> names) {
    return () -> names.get().iterator();
  }

  /**
   * picocli's getter and setter over a field named in the model. By name, not by a pair of
   * lambdas: linking two lambdas per option was about a sixth of `precis split`'s start-up
   * (sampled over 40 runs), and field reflection links nothing. Every command's model is
   * built in the tests, so a misspelt name fails there.
   */
  private static final class FieldBinding implements IGetter, ISetter {
    private final Object owner;
    private final Field field;

    FieldBinding(Object owner, String name) {
      this.owner = owner;
      this.field = find(owner.getClass(), name);
      field.setAccessible(true);
    }

    private static Field find(Class<?> type, String name) {
      for (Class<?> c = type; c != null; c = c.getSuperclass()) {
        try {
          return c.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
          // declared higher up, if anywhere
        }
      }
      throw new IllegalArgumentException(type.getName() + " has no field " + name);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> V get() {
      try {
        return (V) field.get(owner);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public <V> V set(V value) {
      V old = get();
      try {
        field.set(owner, value);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
      return old;
    }
  }
}
