package dev.precis.cli;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Range;

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

  /** An option of {@code type} that reads and writes a field through {@code get}, {@code set}. */
  static <T> OptionSpec.Builder option(Class<T> type, Supplier<T> get, Consumer<T> set,
      String... names) {
    return bound(OptionSpec.builder(names).type(type), get, set);
  }

  /** An option that may repeat, collecting {@code element}s into a list field. */
  static <E> OptionSpec.Builder listOption(Class<E> element, Supplier<List<E>> get,
      Consumer<List<E>> set, String... names) {
    return bound(OptionSpec.builder(names).type(List.class).auxiliaryTypes(element), get, set);
  }

  /** --json, the flag of the commands that print a report: JSON instead of a table. */
  static OptionSpec jsonOption(Supplier<Boolean> get, Consumer<Boolean> set) {
    return option(boolean.class, get, set, "--json").description("Machine-readable output.")
        .build();
  }

  /**
   * A required positional parameter of {@code type}, bound like {@link #option}. (An annotated
   * parameter is required when its arity's minimum is above 0; built ones are not by default.)
   */
  static <T> PositionalParamSpec.Builder positional(Class<T> type, Supplier<T> get,
      Consumer<T> set) {
    return bound(PositionalParamSpec.builder().type(type).arity("1").required(true), get, set);
  }

  /** Positional parameters of {@code arity} ("0..*", "1..*") collected into a list field. */
  static <E> PositionalParamSpec.Builder positionals(Class<E> element, String arity,
      Supplier<List<E>> get, Consumer<List<E>> set) {
    return bound(PositionalParamSpec.builder().type(List.class).auxiliaryTypes(element)
        .arity(arity).required(Range.valueOf(arity).min() > 0), get, set);
  }

  /**
   * {@code builder} bound to a field. Its initial value is the field's value now: picocli resets
   * every argument to its initial value before parsing (a built one's is null otherwise, which
   * a primitive field cannot take), as it does with an annotated field's value.
   */
  private static <V> OptionSpec.Builder bound(OptionSpec.Builder builder, Supplier<V> get,
      Consumer<V> set) {
    Binding<V> binding = new Binding<>(get, set);
    return builder.getter(binding).setter(binding).initialValue(get.get());
  }

  /** {@code builder} bound to a field, as for options. */
  private static <V> PositionalParamSpec.Builder bound(PositionalParamSpec.Builder builder,
      Supplier<V> get, Consumer<V> set) {
    Binding<V> binding = new Binding<>(get, set);
    return builder.getter(binding).setter(binding).initialValue(get.get());
  }

  /** Completion candidates (and ${COMPLETION-CANDIDATES} in help), listed only when asked for. */
  static Iterable<String> candidates(Supplier<List<String>> names) {
    return () -> names.get().iterator();
  }

  /** picocli's getter and setter pair over a field, given as two lambdas. */
  private static final class Binding<T> implements IGetter, ISetter {
    private final Supplier<T> get;
    private final Consumer<T> set;

    Binding(Supplier<T> get, Consumer<T> set) {
      this.get = get;
      this.set = set;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> V get() {
      return (V) get.get();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> V set(V value) {
      T old = get.get();
      set.accept((T) value);
      return (V) old;
    }
  }
}
