package vn.ocop.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one process), run as a
 * child JVM so that the broker's Kafka and Scala jars never meet the services' client jars.
 *
 * <p>The broker can be stopped and started again on the same ports and log directory: fault tests
 * use that to take the broker away while services keep writing to their outboxes.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
  private static final String CLASSPATH_RESOURCE = "/vn/ocop/devstack/kafka.classpath";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final Path directory;
  private final int port;
  private final int controllerPort;
  private final boolean temporary;
  private volatile Process process;

  private EmbeddedKafkaBroker(Path directory, int port, int controllerPort, boolean temporary) {
    this.directory = directory;
    this.port = port;
    this.controllerPort = controllerPort;
    this.temporary = temporary;
    // A JVM stopped while the broker is still starting must not leave the child JVM behind.
    Runtime.getRuntime().addShutdownHook(new Thread(this::destroyChild, "kafka-child-reaper"));
  }

  private void destroyChild() {
    Process child = process;
    if (child != null && child.isAlive()) {
      child.destroy();
    }
  }

  /**
   * Formats the log directory if needed and starts the broker.
   *
   * @param directory where logs and configuration live; kept across restarts. Null for a temporary
   *     directory deleted on {@link #close()}.
   * @param port the client port, or 0 for a free one
   * @param controllerPort the KRaft controller port, or 0 for a free one
   */
  public static EmbeddedKafkaBroker start(Path directory, int port, int controllerPort) {
    try {
      boolean temporary = directory == null;
      Path dir = temporary ? Files.createTempDirectory("ocop-kafka-") : directory;
      Files.createDirectories(dir);
      EmbeddedKafkaBroker broker =
          new EmbeddedKafkaBroker(
              dir,
              port == 0 ? Ports.free() : port,
              controllerPort == 0 ? Ports.free() : controllerPort,
              temporary);
      broker.start();
      return broker;
    } catch (IOException e) {
      throw new UncheckedIOException("Kafka did not start", e);
    }
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  public synchronized boolean isRunning() {
    return process != null && process.isAlive();
  }

  /** Starts the broker again after {@link #stop()} or {@link #kill()}, on the same ports. */
  public synchronized void start() {
    if (isRunning()) {
      return;
    }
    try {
      Path config = writeConfig();
      formatIfNeeded(config);
      List<String> command = new ArrayList<>(javaCommand());
      command.add("-Xmx256m");
      command.add("-XX:+UseSerialGC");
      command.add("-XX:TieredStopAtLevel=1");
      command.add("-Dlog4j2.configurationFile=" + writeLog4jConfig());
      command.add("-cp");
      command.add(brokerClasspath());
      command.add("kafka.Kafka");
      command.add(config.toString());
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(
                  ProcessBuilder.Redirect.appendTo(directory.resolve("kafka.log").toFile()))
              .start();
      if (!Ports.awaitOpen(port, START_TIMEOUT) || !process.isAlive()) {
        stop();
        throw new IllegalStateException(
            "Kafka did not open port " + port + "; see " + directory.resolve("kafka.log"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Kafka did not start", e);
    }
  }

  /** Stops the broker cleanly (SIGTERM), waiting for it to exit. */
  public synchronized void stop() {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
    awaitPortClosed();
  }

  /** Kills the broker with SIGKILL, as a crash would. */
  public synchronized void kill() {
    if (process == null) {
      return;
    }
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
    awaitPortClosed();
  }

  public long pid() {
    return process == null ? -1 : process.pid();
  }

  @Override
  public void close() {
    stop();
    if (temporary) {
      DevStack.deleteRecursively(directory);
    }
  }

  private void awaitPortClosed() {
    for (int i = 0; i < 100 && Ports.isOpen(port); i++) {
      Ports.sleep(100);
    }
  }

  private Path writeConfig() throws IOException {
    Path logs = directory.resolve("logs");
    Files.createDirectories(logs);
    String properties =
        String.join(
            "\n",
            "process.roles=broker,controller",
            "node.id=1",
            "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
            "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
            "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
            "controller.listener.names=CONTROLLER",
            "inter.broker.listener.name=PLAINTEXT",
            "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
            "log.dirs=" + logs,
            "num.partitions=3",
            "auto.create.topics.enable=true",
            "offsets.topic.replication.factor=1",
            "offsets.topic.num.partitions=5",
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            "transaction.state.log.num.partitions=5",
            "share.coordinator.state.topic.replication.factor=1",
            "share.coordinator.state.topic.min.isr=1",
            "group.initial.rebalance.delay.ms=0",
            "");
    Path config = directory.resolve("server.properties");
    Files.writeString(config, properties, StandardCharsets.UTF_8);
    return config;
  }

  private Path writeLog4jConfig() throws IOException {
    Path config = directory.resolve("log4j2.properties");
    Files.writeString(
        config,
        String.join(
            "\n",
            "status = warn",
            "appender.console.type = Console",
            "appender.console.name = STDOUT",
            "appender.console.layout.type = PatternLayout",
            "appender.console.layout.pattern = [%d] %p %m (%c)%n",
            "rootLogger.level = INFO",
            "rootLogger.appenderRef.stdout.ref = STDOUT",
            "logger.kafka.name = kafka",
            "logger.kafka.level = WARN",
            "logger.apache.name = org.apache.kafka",
            "logger.apache.level = WARN",
            "logger.started.name = kafka.server.KafkaRaftServer",
            "logger.started.level = INFO",
            ""),
        StandardCharsets.UTF_8);
    return config;
  }

  private void formatIfNeeded(Path config) throws IOException {
    if (Files.exists(directory.resolve("logs").resolve("meta.properties"))) {
      return;
    }
    List<String> command = new ArrayList<>(javaCommand());
    command.add("-cp");
    command.add(brokerClasspath());
    command.add("kafka.tools.StorageTool");
    command.add("format");
    command.add("-t");
    command.add(clusterId());
    command.add("-c");
    command.add(config.toString());
    Process format =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(directory.resolve("format.log").toFile()))
            .start();
    try {
      if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
        format.destroyForcibly();
        throw new IllegalStateException(
            "formatting Kafka storage failed; see " + directory.resolve("format.log"));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /**
   * A Kafka cluster id: 16 random bytes, URL-safe base64 without padding. Like Kafka's own {@code
   * Uuid.randomUuid()}, never one starting with '-': the storage tool would read it as an option.
   */
  static String clusterId() {
    String id;
    do {
      UUID uuid = UUID.randomUUID();
      ByteBuffer bytes = ByteBuffer.allocate(16);
      bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
      id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    } while (id.startsWith("-"));
    return id;
  }

  private static List<String> javaCommand() {
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    return List.of(java);
  }

  private static String brokerClasspath() throws IOException {
    try (InputStream in = EmbeddedKafkaBroker.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            CLASSPATH_RESOURCE + " is missing: build the devstack-kafka-runtime module first");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    }
  }
}
