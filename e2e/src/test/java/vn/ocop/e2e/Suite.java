package vn.ocop.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import vn.ocop.devstack.DevStack;
import vn.ocop.devstack.EmbeddedPostgresServer;
import vn.ocop.devstack.Ports;

/**
 * The packaged suite of one test JVM: the embedded PostgreSQL and Kafka, then the four services
 * started from their {@code quarkus-run.jar} as separate processes, configured only through
 * environment variables, exactly as {@code ./ocop up} and docker-compose run them.
 */
public final class Suite {
  public static final String DEMO_PASSWORD = "e2e-" + UUID.randomUUID();
  private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(180);
  private static Suite instance;

  private final DevStack stack;
  private final Map<String, Service> services = new LinkedHashMap<>();
  private final Map<String, String> modules = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> environments = new LinkedHashMap<>();
  private final Path root;
  private final Path logs;

  /** One running service process. */
  public record Service(String name, int port, Process process, Path log) {
    public String url() {
      return "http://127.0.0.1:" + port;
    }
  }

  private Suite(DevStack stack, Path root) {
    this.stack = stack;
    this.root = root;
    this.logs = root.resolve("e2e/target/suite-logs");
  }

  public static synchronized Suite get() {
    if (instance == null) {
      Path root = Path.of(System.getProperty("ocop.root", "..")).toAbsolutePath().normalize();
      Suite suite = new Suite(DevStack.start(null, 0, 0, 0), root);
      // One hook, in order: services first, so that none of them sees its database vanish.
      Runtime.getRuntime().addShutdownHook(new Thread(suite::stop, "suite-shutdown"));
      suite.startAll();
      instance = suite;
    }
    return instance;
  }

  public DevStack stack() {
    return stack;
  }

  public String gatewayUrl() {
    return services.get("gateway").url();
  }

  public Service service(String name) {
    return services.get(name);
  }

  public List<Service> services() {
    return new ArrayList<>(services.values());
  }

  private void startAll() {
    try {
      Files.createDirectories(logs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int gatewayPort = Ports.free();
    int registryPort = Ports.free();
    int ratingPort = Ports.free();
    int planPort = Ports.free();
    String jwks = "http://127.0.0.1:" + gatewayPort + "/auth/jwks";

    Map<String, String> gatewayEnv = common("gateway", gatewayPort);
    gatewayEnv.put("OCOP_GATEWAY_ROUTES_REGISTRY", "http://127.0.0.1:" + registryPort);
    gatewayEnv.put("OCOP_GATEWAY_ROUTES_RATING", "http://127.0.0.1:" + ratingPort);
    gatewayEnv.put("OCOP_GATEWAY_ROUTES_PLAN", "http://127.0.0.1:" + planPort);
    gatewayEnv.put("OCOP_DEMO_PASSWORD", DEMO_PASSWORD);
    start("gateway", "gateway", gatewayPort, gatewayEnv);
    awaitHealthy(services.get("gateway"));

    for (String[] svc :
        new String[][] {
          {"registry", "registry-service", String.valueOf(registryPort)},
          {"rating", "rating-service", String.valueOf(ratingPort)},
          {"plan", "plan-service", String.valueOf(planPort)}
        }) {
      int port = Integer.parseInt(svc[2]);
      Map<String, String> env = common(svc[0], port);
      env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", jwks);
      env.put("MP_JWT_VERIFY_ISSUER", "https://ocop.local/gateway");
      start(svc[0], svc[1], port, env);
    }
    for (Service service : services.values()) {
      awaitHealthy(service);
    }
  }

  private Map<String, String> common(String database, int port) {
    EmbeddedPostgresServer postgres = stack.postgres();
    Map<String, String> env = new LinkedHashMap<>();
    env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
    env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.createDatabase(database));
    env.put("QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgresServer.USER);
    env.put("QUARKUS_DATASOURCE_PASSWORD", "");
    env.put("KAFKA_BOOTSTRAP_SERVERS", stack.kafka().bootstrapServers());
    return env;
  }

  /** Kills a service with SIGKILL, as a crash or the OOM killer would, and waits for it to exit. */
  public synchronized void kill(String name) {
    Process process = services.get(name).process();
    process.destroyForcibly();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        throw new IllegalStateException(name + " still running 20 s after SIGKILL");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Starts a killed service again on its port and waits until it is ready. */
  public synchronized void restart(String name) {
    Service service = services.get(name);
    if (service.process().isAlive()) {
      return;
    }
    start(name, modules.get(name), service.port(), environments.get(name));
    awaitHealthy(services.get(name));
  }

  private void start(String name, String module, int port, Map<String, String> env) {
    modules.put(name, module);
    environments.put(name, env);
    Path jar = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException(
          jar + " is missing: the e2e tests run after the package phase");
    }
    Path log = logs.resolve(name + ".log");
    List<String> command =
        List.of(
            javaBinary(),
            "-Xmx192m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-jar",
            jar.toString());
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(env);
    try {
      services.put(name, new Service(name, port, builder.start(), log));
    } catch (IOException e) {
      throw new UncheckedIOException("could not start " + name, e);
    }
  }

  private void awaitHealthy(Service service) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    Instant deadline = Instant.now().plus(HEALTH_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!service.process().isAlive()) {
        throw new IllegalStateException(service.name() + " exited; log:\n" + tail(service.log()));
      }
      try {
        HttpResponse<String> response =
            client.send(
                HttpRequest.newBuilder(URI.create(service.url() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      Ports.awaitOpen(service.port(), Duration.ofMillis(300));
    }
    throw new IllegalStateException(
        service.name() + " not healthy after " + HEALTH_TIMEOUT + "; log:\n" + tail(service.log()));
  }

  /** Resident set size of a service process in MiB, from /proc. */
  public static long rssMiB(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private void stop() {
    stopServices();
    stack.close();
  }

  private void stopServices() {
    List<Service> reversed = new ArrayList<>(services.values());
    java.util.Collections.reverse(reversed);
    for (Service service : reversed) {
      service.process().destroy();
    }
    for (Service service : reversed) {
      try {
        if (!service.process().waitFor(20, TimeUnit.SECONDS)) {
          service.process().destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
