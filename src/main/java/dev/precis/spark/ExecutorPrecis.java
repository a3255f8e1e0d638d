package dev.precis.spark;

import dev.precis.api.Precis;
import dev.precis.cli.DocumentTask;
import dev.precis.core.Session;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one executor JVM loads once and every task on it shares: the session with its models
 * (loaded lazily, on the first record that needs them) and the configured commands. Task
 * closures only carry a command's name and options; nothing here is ever serialised.
 */
final class ExecutorPrecis {
  private ExecutorPrecis() {}

  /** Initialised on first use, in the JVM that uses it (the holder idiom: thread-safe). */
  private static final class Holder {
    static final Session SESSION = start();
    static final Map<List<String>, DocumentTask> TASKS = new ConcurrentHashMap<>();

    private static Session start() {
      Session session = new Session();
      session.expectManyDocuments();
      // Ends the translation engine's processes kept between documents.
      Runtime.getRuntime().addShutdownHook(new Thread(session::close, "precis-session-close"));
      return session;
    }
  }

  /** The JVM's session. */
  static Session session() {
    return Holder.SESSION;
  }

  /** The pipeline API on the JVM's session. */
  static Precis precis() {
    return Precis.on(Holder.SESSION);
  }

  /**
   * The command {@code command} with {@code options}, configured once per JVM. Throws as
   * {@link DocumentTask#parse} does (e.g. when this executor has no Apertium for --to).
   */
  static DocumentTask task(String command, List<String> options) {
    List<String> key = new java.util.ArrayList<>(options.size() + 1);
    key.add(command);
    key.addAll(options);
    return Holder.TASKS.computeIfAbsent(List.copyOf(key),
        k -> DocumentTask.parse(Holder.SESSION, command, options));
  }
}
