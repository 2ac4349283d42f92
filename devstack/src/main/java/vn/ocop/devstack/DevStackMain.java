package vn.ocop.devstack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the embedded PostgreSQL and Kafka in the foreground for {@code ./ocop up}, with persistent
 * data, until it receives SIGTERM.
 *
 * <p>Usage: {@code DevStackMain --data-dir DIR --postgres-port P --kafka-port K
 * --kafka-controller-port C --databases a,b,c}
 */
public final class DevStackMain {
  private DevStackMain() {}

  public static void main(String[] args) throws InterruptedException {
    Map<String, String> options = parse(args);
    Path dataDirectory = Path.of(options.getOrDefault("data-dir", ".ocop-data")).toAbsolutePath();
    DevStack stack =
        DevStack.start(
            dataDirectory,
            Integer.parseInt(options.getOrDefault("postgres-port", "0")),
            Integer.parseInt(options.getOrDefault("kafka-port", "0")),
            Integer.parseInt(options.getOrDefault("kafka-controller-port", "0")));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stack.close();
                  stopped.countDown();
                },
                "devstack-shutdown"));
    for (String database : List.of(options.getOrDefault("databases", "").split(","))) {
      if (!database.isBlank()) {
        stack.postgres().createDatabase(database.trim());
      }
    }
    System.out.println(
        "DEVSTACK READY postgres=127.0.0.1:"
            + stack.postgres().port()
            + " kafka="
            + stack.kafka().bootstrapServers());
    System.out.flush();
    stopped.await();
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
      }
      options.put(args[i].substring(2), args[++i]);
    }
    return options;
  }
}
