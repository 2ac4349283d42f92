package vn.ocop.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * PostgreSQL and Kafka together, started in parallel. {@link #shared()} is the one stack of a test
 * JVM; {@link DevStackMain} runs a persistent one for {@code ./ocop up}.
 */
public final class DevStack implements AutoCloseable {
  private static DevStack shared;

  private final EmbeddedPostgresServer postgres;
  private final EmbeddedKafkaBroker kafka;

  private DevStack(EmbeddedPostgresServer postgres, EmbeddedKafkaBroker kafka) {
    this.postgres = postgres;
    this.kafka = kafka;
  }

  /**
   * Starts both servers in parallel.
   *
   * @param dataDirectory root of the persistent data, or null for throw-away servers
   */
  public static DevStack start(
      Path dataDirectory, int postgresPort, int kafkaPort, int controllerPort) {
    CompletableFuture<EmbeddedPostgresServer> postgres =
        CompletableFuture.supplyAsync(
            () ->
                EmbeddedPostgresServer.start(
                    dataDirectory == null ? null : dataDirectory.resolve("postgres"),
                    postgresPort));
    CompletableFuture<EmbeddedKafkaBroker> kafka =
        CompletableFuture.supplyAsync(
            () ->
                EmbeddedKafkaBroker.start(
                    dataDirectory == null ? null : dataDirectory.resolve("kafka"),
                    kafkaPort,
                    controllerPort));
    try {
      return new DevStack(postgres.join(), kafka.join());
    } catch (RuntimeException e) {
      postgres.thenAccept(EmbeddedPostgresServer::close);
      kafka.thenAccept(EmbeddedKafkaBroker::close);
      throw e;
    }
  }

  /** The stack of this JVM, started on first use and closed when the JVM exits. */
  public static synchronized DevStack shared() {
    if (shared == null) {
      DevStack stack = start(null, 0, 0, 0);
      Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "devstack-shutdown"));
      shared = stack;
    }
    return shared;
  }

  public EmbeddedPostgresServer postgres() {
    return postgres;
  }

  public EmbeddedKafkaBroker kafka() {
    return kafka;
  }

  @Override
  public void close() {
    try {
      kafka.close();
    } finally {
      postgres.close();
    }
  }

  static void deleteRecursively(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(DevStack::deleteQuietly);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // A file still held by a dying process; the OS temp cleaner gets it later.
    }
  }
}
