import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import vn.ocop.devstack.EmbeddedKafkaBroker;
import vn.ocop.devstack.EmbeddedPostgresServer;
import vn.ocop.devstack.Ports;

/**
 * The client side of bench/faults.sh: starts its own PostgreSQL, Kafka and the four packaged
 * services, then runs fault scenarios against them and prints figures and a PASS/FAIL verdict per
 * scenario. Exits 1 if any scenario failed.
 *
 * <p>Scenarios (FAULTS_SCENARIOS, comma-separated, default all, in this order):
 *
 * <ul>
 *   <li>{@code decisions}: FAULTS_DECISIONS recognition decisions through the gateway while the
 *       broker is killed and restarted three times and the registry and plan services are each
 *       SIGKILLed once; then certificates = recognised decisions, exactly, and plan actuals exact.
 *   <li>{@code idempotency}: creates retried with the same Idempotency-Key, concurrently and across
 *       a SIGKILL of the registry; never a double create.
 *   <li>{@code postgres}: a steady read/write load through the gateway while PostgreSQL stops and
 *       starts again on the same data directory and port; services recover by themselves.
 * </ul>
 *
 * <p>Usage: {@code java -cp devstack.jar:devstack/lib/*:rating-service/.../lib/main/*
 * FaultsBench.java}, configured by the environment (see {@link Settings}).
 */
public class FaultsBench {
  static final ObjectMapper JSON = new ObjectMapper();
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final String PROVINCE = "66";
  static final String COMMUNE = "24133";
  static final String OFFICER = "daklak.officer";
  static final String ISSUER = "https://ocop.local/gateway";

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.fromEnvironment();
    Stack stack = new Stack(settings);
    Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "faults-stop"));
    Results results = new Results();
    boolean failed = false;
    try {
      stack.start();
      FaultsBench bench = new FaultsBench(settings, stack, results);
      bench.signIn();
      for (String scenario : settings.scenarios()) {
        boolean passed;
        long started = System.nanoTime();
        try {
          passed =
              switch (scenario) {
                case "decisions" -> bench.decisions();
                case "idempotency" -> bench.idempotency();
                case "scoring" -> bench.concurrentScoring();
                case "postgres" -> bench.postgresRestart();
                default -> throw new IllegalArgumentException("unknown scenario " + scenario);
              };
        } catch (Exception e) {
          say("%s: aborted: %s", scenario, e);
          e.printStackTrace();
          passed = false;
        }
        results.add(
            "faults-" + scenario,
            "verdict",
            passed ? 1 : 0,
            "pass",
            "",
            "",
            "1",
            passed ? "PASS" : "FAIL");
        say(
            "== %s: %s (%.0f s) ==%n",
            scenario, passed ? "PASS" : "FAIL", (System.nanoTime() - started) / 1e9);
        failed |= !passed;
        stack.ensureAllRunning();
      }
    } finally {
      results.write(settings.csv());
      stack.stop();
    }
    System.exit(failed ? 1 : 0);
  }

  record Settings(
      Path root,
      Path tmp,
      Path csv,
      List<String> scenarios,
      int decisions,
      int concurrency,
      double rate,
      int idempotencyKeys,
      int scoringDossiers,
      int postgresLoadSeconds,
      int postgresDownSeconds,
      int settleSeconds,
      List<String> serviceJavaOpts,
      String password) {
    static Settings fromEnvironment() {
      Path root = Path.of(env("FAULTS_ROOT", ".")).toAbsolutePath().normalize();
      return new Settings(
          root,
          Path.of(env("FAULTS_TMP", System.getProperty("java.io.tmpdir"))),
          Path.of(env("FAULTS_CSV", root.resolve("bench/results/faults.csv").toString())),
          List.of(env("FAULTS_SCENARIOS", "decisions,idempotency,scoring,postgres").split(",")),
          Integer.parseInt(env("FAULTS_DECISIONS", "10000")),
          Integer.parseInt(env("FAULTS_CONCURRENCY", "16")),
          Double.parseDouble(env("FAULTS_RATE", "0")),
          Integer.parseInt(env("FAULTS_IDEMPOTENCY_KEYS", "200")),
          Integer.parseInt(env("FAULTS_SCORING_DOSSIERS", "40")),
          Integer.parseInt(env("FAULTS_PG_LOAD_SECONDS", "60")),
          Integer.parseInt(env("FAULTS_PG_DOWN_SECONDS", "10")),
          Integer.parseInt(env("FAULTS_SETTLE_TIMEOUT", "600")),
          List.of(env("FAULTS_SERVICE_JAVA_OPTS", "-Xms128m -Xmx256m -XX:+UseSerialGC").split(" ")),
          "faults-" + UUID.randomUUID());
    }

    static String env(String name, String fallback) {
      String value = System.getenv(name);
      return value == null || value.isBlank() ? fallback : value;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The stack: PostgreSQL, Kafka and the four services, each of which can be killed and restarted.

  static final class Stack {
    final Settings settings;
    final Path data;
    final Map<String, Service> services = new LinkedHashMap<>();
    volatile EmbeddedPostgresServer postgres;
    EmbeddedKafkaBroker kafka;
    int pgPort;
    private final AtomicBoolean stopped = new AtomicBoolean();

    Stack(Settings settings) {
      this.settings = settings;
      this.data = settings.tmp().resolve("data");
    }

    void start() throws Exception {
      Files.createDirectories(data);
      say("Starting PostgreSQL and Kafka in %s", data);
      postgres = EmbeddedPostgresServer.start(data.resolve("postgres"), 0);
      pgPort = postgres.port();
      kafka = EmbeddedKafkaBroker.start(data.resolve("kafka"), 0, 0);
      writePids();
      int gatewayPort = Ports.free();
      int registryPort = Ports.free();
      int ratingPort = Ports.free();
      int planPort = Ports.free();
      String jwks = "http://127.0.0.1:" + gatewayPort + "/auth/jwks";
      Map<String, String> gateway = common("gateway", gatewayPort);
      gateway.put("OCOP_GATEWAY_ROUTES_REGISTRY", "http://127.0.0.1:" + registryPort);
      gateway.put("OCOP_GATEWAY_ROUTES_RATING", "http://127.0.0.1:" + ratingPort);
      gateway.put("OCOP_GATEWAY_ROUTES_PLAN", "http://127.0.0.1:" + planPort);
      gateway.put("OCOP_DEMO_PASSWORD", settings.password());
      gateway.put("OCOP_JWT_ISSUER", ISSUER);
      gateway.put("OCOP_JWT_LIFETIME", "6h");
      // Many clients on one address and one account: the limits stay on, far above the load.
      for (String kind : List.of("ADDRESS", "SUBJECT")) {
        gateway.put("OCOP_GATEWAY_RATE_LIMIT_" + kind + "_RATE", "100000");
        gateway.put("OCOP_GATEWAY_RATE_LIMIT_" + kind + "_BURST", "100000");
      }
      gateway.put("OCOP_GATEWAY_RATE_LIMIT_AUTH_RATE", "1000");
      gateway.put("OCOP_GATEWAY_RATE_LIMIT_AUTH_BURST", "1000");
      services.put("gateway", new Service("gateway", "gateway", gatewayPort, gateway));
      for (String[] s :
          new String[][] {
            {"registry", "registry-service", String.valueOf(registryPort)},
            {"rating", "rating-service", String.valueOf(ratingPort)},
            {"plan", "plan-service", String.valueOf(planPort)}
          }) {
        int port = Integer.parseInt(s[2]);
        Map<String, String> env = common(s[0], port);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", jwks);
        env.put("MP_JWT_VERIFY_ISSUER", ISSUER);
        services.put(s[0], new Service(s[0], s[1], port, env));
      }
      say("Starting the four services (%s)", String.join(" ", settings.serviceJavaOpts()));
      launch(services.get("gateway"));
      awaitReady(services.get("gateway"));
      for (String name : List.of("registry", "rating", "plan")) {
        launch(services.get(name));
      }
      for (Service service : services.values()) {
        awaitReady(service);
      }
    }

    private Map<String, String> common(String database, int port) {
      Map<String, String> env = new LinkedHashMap<>();
      env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
      env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
      env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.createDatabase(database));
      env.put("QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgresServer.USER);
      env.put("QUARKUS_DATASOURCE_PASSWORD", "");
      env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
      return env;
    }

    String url(String service) {
      return "http://127.0.0.1:" + services.get(service).port;
    }

    Connection db(String database) throws SQLException {
      return DriverManager.getConnection(
          "jdbc:postgresql://127.0.0.1:" + pgPort + "/" + database,
          EmbeddedPostgresServer.USER,
          "");
    }

    synchronized void launch(Service service) throws IOException {
      Path jar =
          settings.root().resolve(service.module).resolve("target/quarkus-app/quarkus-run.jar");
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(settings.serviceJavaOpts());
      command.add("-jar");
      command.add(jar.toString());
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(
                  ProcessBuilder.Redirect.appendTo(
                      settings.tmp().resolve(service.name + ".log").toFile()));
      builder.environment().putAll(service.env);
      service.process = builder.start();
      service.starts++;
      writePids();
    }

    /** SIGKILL, as a crash or the OOM killer would. */
    void sigkill(String name) throws InterruptedException {
      Service service = services.get(name);
      service.process.destroyForcibly();
      service.process.waitFor(20, TimeUnit.SECONDS);
    }

    void restart(String name) throws Exception {
      Service service = services.get(name);
      launch(service);
      awaitReady(service);
    }

    void ensureAllRunning() throws Exception {
      if (!kafka.isRunning()) {
        startBroker();
      }
      for (Service service : services.values()) {
        if (!service.process.isAlive()) {
          say("(restarting %s, found dead)", service.name);
          restart(service.name);
        }
      }
    }

    /**
     * Starts the killed broker again. On a loaded machine its first start may miss the devstack's
     * 90 s wait: it is tried up to three times, as an operator would.
     */
    void startBroker() {
      for (int attempt = 1; ; attempt++) {
        try {
          kafka.start();
          return;
        } catch (IllegalStateException e) {
          if (attempt == 3) {
            throw e;
          }
          say(
              "(the broker did not start in time, attempt %d: %s; trying again)",
              attempt, e.getMessage());
        }
      }
    }

    void restartPostgres(int downSeconds) throws InterruptedException {
      postgres.close();
      writePids();
      Thread.sleep(downSeconds * 1000L);
      postgres = EmbeddedPostgresServer.start(data.resolve("postgres"), pgPort);
      writePids();
    }

    void awaitReady(Service service) throws Exception {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
      while (System.nanoTime() < deadline) {
        if (!service.process.isAlive()) {
          throw new IllegalStateException(
              service.name + " exited; see " + settings.tmp().resolve(service.name + ".log"));
        }
        try {
          HttpResponse<String> answer =
              client.send(
                  HttpRequest.newBuilder(URI.create(url(service.name) + "/q/health/ready"))
                      .timeout(Duration.ofSeconds(2))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          if (answer.statusCode() == 200) {
            return;
          }
        } catch (IOException e) {
          // not listening yet
        }
        Thread.sleep(250);
      }
      throw new IllegalStateException(service.name + " not ready after 240 s");
    }

    /** What bench/faults.sh kills should this JVM die without stopping them. */
    synchronized void writePids() {
      StringBuilder pids = new StringBuilder();
      for (Service service : services.values()) {
        if (service.process != null && service.process.isAlive()) {
          pids.append(service.process.pid()).append('\n');
        }
      }
      if (kafka != null && kafka.pid() > 0) {
        pids.append(kafka.pid()).append('\n');
      }
      try {
        Files.writeString(settings.tmp().resolve("pids"), pids.toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void stop() {
      if (!stopped.compareAndSet(false, true)) {
        return;
      }
      List<Service> reversed = new ArrayList<>(services.values());
      Collections.reverse(reversed);
      for (Service service : reversed) {
        if (service.process != null) {
          service.process.destroy();
        }
      }
      for (Service service : reversed) {
        try {
          if (service.process != null && !service.process.waitFor(20, TimeUnit.SECONDS)) {
            service.process.destroyForcibly();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      try {
        if (kafka != null) {
          kafka.close();
        }
      } catch (RuntimeException e) {
        say("(kafka stop: %s)", e);
      }
      try {
        if (postgres != null) {
          postgres.close();
        }
      } catch (RuntimeException e) {
        say("(postgres stop: %s)", e);
      }
    }
  }

  static final class Service {
    final String name;
    final String module;
    final int port;
    final Map<String, String> env;
    volatile Process process;
    int starts;

    Service(String name, String module, int port, Map<String, String> env) {
      this.name = name;
      this.module = module;
      this.port = port;
      this.env = env;
    }
  }

  // ---------------------------------------------------------------------------------------------

  final Settings settings;
  final Stack stack;
  final Results results;
  final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(3))
          .build();
  String token;
  final Map<String, String> tokens = new ConcurrentHashMap<>();

  FaultsBench(Settings settings, Stack stack, Results results) {
    this.settings = settings;
    this.stack = stack;
    this.results = results;
  }

  void signIn() throws Exception {
    token = signIn(OFFICER);
  }

  String signIn(String username) throws Exception {
    ObjectNode body = JSON.createObjectNode();
    body.put("username", username);
    body.put("password", settings.password());
    Answer answer = send("POST", "/auth/token", body, Map.of());
    if (answer.status != 200) {
      throw new IllegalStateException("sign-in answered " + answer.status + ": " + answer.body);
    }
    String issued = answer.json().path("access_token").asText();
    tokens.put(username, issued);
    return issued;
  }

  record Answer(int status, String body, java.net.http.HttpHeaders headers) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        return JSON.createObjectNode();
      }
    }

    boolean replayed() {
      return headers != null
          && "true".equalsIgnoreCase(headers.firstValue("Idempotent-Replayed").orElse(""));
    }
  }

  /** One request through the gateway; a transport failure is status 0. */
  Answer send(String method, String path, JsonNode body, Map<String, String> headers) {
    return send(token, method, path, body, headers);
  }

  Answer send(
      String token, String method, String path, JsonNode body, Map<String, String> headers) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(stack.url("gateway") + path))
              .timeout(Duration.ofSeconds(30))
              .header("Accept", "application/json");
      if (token != null) {
        request.header("Authorization", "Bearer " + token);
      }
      headers.forEach(request::header);
      if (body == null) {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        request
            .header("Content-Type", "application/json")
            .method(
                method,
                HttpRequest.BodyPublishers.ofString(
                    JSON.writeValueAsString(body), StandardCharsets.UTF_8));
      }
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(response.statusCode(), response.body(), response.headers());
    } catch (IOException e) {
      return new Answer(0, e.toString(), null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(0, e.toString(), null);
    }
  }

  Answer post(String path, JsonNode body) {
    return send("POST", path, body, Map.of());
  }

  /** Sends until the answer is not a transport error, a 5xx or 422 (not yet known) within 120 s. */
  Answer sendPatiently(String what, String path, JsonNode body, Set<Integer> done)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    Answer answer;
    do {
      answer = post(path, body);
      if (done.contains(answer.status)) {
        return answer;
      }
      Thread.sleep(200);
    } while (System.nanoTime() < deadline);
    throw new IllegalStateException(what + ": " + answer.status + " " + answer.body);
  }

  // ---------------------------------------------------------------------------------------------
  // Shared setup: subjects and products registered through the registry's API (its events reach
  // the rating service's read model by the real path).

  static final String[] PLACES = {
    "Buôn Ma Thuột", "Ea H'leo", "Krông Búk", "Cư M'gar", "Krông Pắc", "Ea Kar", "Lắk", "Buôn Đôn"
  };
  static final String[] GOODS = {
    "Cà phê Robusta rang xay", "Cà phê nhân xanh", "Cà phê phin giấy", "Ca cao lên men",
    "Cà phê chồn", "Cà phê hòa tan", "Cà phê hạt Arabica", "Bột ca cao nguyên chất"
  };

  String newSubject(String name) throws Exception {
    ObjectNode body = JSON.createObjectNode();
    body.put("type", "COOPERATIVE");
    body.put(
        "identifier",
        String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L)));
    body.put("name", name);
    body.put("communeCode", COMMUNE);
    body.put("representative", "Y Bhim Niê");
    body.put("womanLed", false);
    body.put("ethnicMinorityLed", true);
    return sendPatiently("subject " + name, "/api/registry/v1/subjects", body, Set.of(201))
        .json()
        .path("id")
        .asText();
  }

  ObjectNode productBody(String subjectId, String name) {
    ObjectNode body = JSON.createObjectNode();
    body.put("subjectId", subjectId);
    body.put("name", name);
    body.put("productSet", 13);
    body.put("description", "Sản phẩm từ vùng nguyên liệu cà phê Đắk Lắk");
    return body;
  }

  String newProduct(String subjectId, String name) throws Exception {
    return sendPatiently(
            "product " + name,
            "/api/registry/v1/products",
            productBody(subjectId, name),
            Set.of(201))
        .json()
        .path("id")
        .asText();
  }

  String openCycle(int year, int round) throws Exception {
    ObjectNode body = JSON.createObjectNode();
    body.put("year", year);
    body.put("round", round);
    body.put("startAtStep", "EVALUATION");
    Answer answer = sendPatiently("cycle", "/api/rating/v1/cycles", body, Set.of(201, 409));
    if (answer.status != 201) {
      throw new IllegalStateException("cycle " + year + "/" + round + ": " + answer.body);
    }
    return answer.json().path("id").asText();
  }

  String newDossier(String cycleId, String productId) throws Exception {
    ObjectNode body = JSON.createObjectNode();
    body.put("cycleId", cycleId);
    body.put("productId", productId);
    body.put("kind", "NEW");
    body.put("submit", true);
    // 422 until the rating service has read the product's event.
    return sendPatiently("dossier of " + productId, "/api/rating/v1/dossiers", body, Set.of(201))
        .json()
        .path("id")
        .asText();
  }

  /**
   * Inserts copies of a template row, the named columns taken from each row of values, every other
   * column as the template has it (whatever columns later migrations add).
   */
  static void copyRows(
      Connection db,
      String table,
      String key,
      UUID template,
      List<String> columns,
      List<Object[]> rows)
      throws SQLException {
    List<String> names = new ArrayList<>();
    List<String> selected = new ArrayList<>();
    try (PreparedStatement q =
        db.prepareStatement(
            "select column_name, udt_name from information_schema.columns where table_schema ="
                + " 'public' and table_name = ? order by ordinal_position")) {
      q.setString(1, table);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          String column = rs.getString(1);
          names.add(column);
          int at = columns.indexOf(column);
          selected.add(at < 0 ? column : "cast(? as " + rs.getString(2) + ")");
        }
      }
    }
    // The parameters come in the table's column order.
    List<Integer> order = new ArrayList<>();
    for (String column : names) {
      if (columns.contains(column)) {
        order.add(columns.indexOf(column));
      }
    }
    boolean autoCommit = db.getAutoCommit();
    db.setAutoCommit(false);
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into "
                + table
                + " ("
                + String.join(", ", names)
                + ") select "
                + String.join(", ", selected)
                + " from "
                + table
                + " where "
                + key
                + " = ?")) {
      int batched = 0;
      for (Object[] row : rows) {
        int p = 1;
        for (int at : order) {
          insert.setObject(p++, row[at]);
        }
        insert.setObject(p, template);
        insert.addBatch();
        if (++batched % 1000 == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
      db.commit();
    } finally {
      db.setAutoCommit(autoCommit);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // 1. Recognition decisions while the broker, the registry and the plan service fail.

  boolean decisions() throws Exception {
    int n = settings.decisions();
    LocalDate today = LocalDate.now(VIETNAM);
    int year = today.getYear();
    say("== decisions: %d recognition decisions under broker and service failures ==", n);
    long setupStart = System.nanoTime();
    // One subject, product and dossier through the APIs (the product reaches the rating service by
    // its event); the others are copies of their rows, written by SQL in both databases: the
    // decisions and everything downstream of them are what this scenario is about.
    int perSubject = 10;
    int subjectCount = (n + perSubject - 1) / perSubject;
    String[] subjects = new String[subjectCount];
    subjects[0] = newSubject("HTX Nông nghiệp " + PLACES[0] + " số 1");
    String[] products = new String[n];
    products[0] = newProduct(subjects[0], GOODS[0] + " " + PLACES[0] + " 1");
    String cycleId = openCycle(year, 1);
    String[] dossiers = new String[n];
    dossiers[0] = newDossier(cycleId, products[0]);
    List<Object[]> subjectRows = new ArrayList<>();
    List<Object[]> subjectRefRows = new ArrayList<>();
    for (int s = 1; s < subjectCount; s++) {
      subjects[s] = UUID.randomUUID().toString();
      String name = "HTX Nông nghiệp " + PLACES[s % PLACES.length] + " số " + (s + 1);
      String taxCode = String.valueOf(1_000_000_000L + s * 7919L);
      subjectRows.add(new Object[] {UUID.fromString(subjects[s]), taxCode, name});
      subjectRefRows.add(new Object[] {UUID.fromString(subjects[s]), name});
    }
    List<Object[]> productRows = new ArrayList<>();
    List<Object[]> productRefRows = new ArrayList<>();
    List<Object[]> dossierRows = new ArrayList<>();
    for (int i = 1; i < n; i++) {
      products[i] = UUID.randomUUID().toString();
      dossiers[i] = UUID.randomUUID().toString();
      UUID product = UUID.fromString(products[i]);
      UUID subject = UUID.fromString(subjects[i / perSubject]);
      String name = GOODS[i % GOODS.length] + " " + PLACES[(i / 8) % PLACES.length] + " " + (i + 1);
      productRows.add(new Object[] {product, subject, name});
      productRefRows.add(new Object[] {product, subject, name});
      dossierRows.add(new Object[] {UUID.fromString(dossiers[i]), product, name, subject});
    }
    try (Connection registry = stack.db("registry");
        Connection rating = stack.db("rating")) {
      copyRows(
          registry,
          "subject",
          "id",
          UUID.fromString(subjects[0]),
          List.of("id", "identifier", "name"),
          subjectRows);
      copyRows(
          registry,
          "product",
          "id",
          UUID.fromString(products[0]),
          List.of("id", "subject_id", "name"),
          productRows);
      copyRows(
          rating,
          "subject_ref",
          "subject_id",
          UUID.fromString(subjects[0]),
          List.of("subject_id", "name"),
          subjectRefRows);
      copyRows(
          rating,
          "product_ref",
          "product_id",
          UUID.fromString(products[0]),
          List.of("product_id", "subject_id", "name"),
          productRefRows);
      copyRows(
          rating,
          "dossier",
          "id",
          UUID.fromString(dossiers[0]),
          List.of("id", "product_id", "product_name", "subject_id"),
          dossierRows);
    }
    // The council's work is not what this scenario is about: the results are written as a council
    // would leave them (73% 3★, 17% 4★ as in the national mix at province level, 10% below 3★).
    int[] stars = new int[n];
    try (Connection db = stack.db("rating");
        PreparedStatement update =
            db.prepareStatement(
                "update dossier set status = 'EVALUATED', average_score = ?, median_score = ?,"
                    + " score_spread = 0, star_class = ?, band_star_class = ?,"
                    + " score_sheet_count = 3, evaluated_at = now(), evaluated_on = ?,"
                    + " last_scored_at = now(), version = version + 1"
                    + " where id = ? and status = 'SUBMITTED'")) {
      db.setAutoCommit(false);
      for (int i = 0; i < n; i++) {
        int r = i % 100;
        stars[i] = r < 10 ? 2 : r < 83 ? 3 : 4;
        int score = stars[i] == 2 ? 40 + i % 10 : stars[i] == 3 ? 50 + i % 20 : 70 + i % 20;
        update.setBigDecimal(1, new java.math.BigDecimal(score + ".50"));
        update.setBigDecimal(2, new java.math.BigDecimal(score + ".50"));
        update.setInt(3, stars[i]);
        update.setInt(4, stars[i]);
        update.setObject(5, today);
        update.setObject(6, UUID.fromString(dossiers[i]));
        update.addBatch();
      }
      int updated = 0;
      for (int c : update.executeBatch()) {
        updated += c;
      }
      db.commit();
      if (updated != n) {
        throw new IllegalStateException("only " + updated + " of " + n + " dossiers EVALUATED");
      }
    }
    int expected3Plus = 0;
    int expected4 = 0;
    for (int s : stars) {
      expected3Plus += s >= 3 ? 1 : 0;
      expected4 += s == 4 ? 1 : 0;
    }
    int plan3Before = actual(year, "PRODUCTS_3STAR_PLUS");
    int plan4Before = actual(year, "PRODUCTS_4STAR");
    say(
        "setup: %d subjects, %d products, %d dossiers EVALUATED (one of each through the APIs, the"
            + " rest copied by SQL) in %.0f s",
        subjectCount, n, n, (System.nanoTime() - setupStart) / 1e9);

    // The stream, and the faults on their schedule (by decisions accepted).
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger conflictsAfterRetry = new AtomicInteger();
    AtomicInteger retries = new AtomicInteger();
    Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    OutboxWatch watch = new OutboxWatch();
    watch.start();
    List<String> timeline = Collections.synchronizedList(new ArrayList<>());
    long streamStart = System.nanoTime();
    AtomicBoolean streamDone = new AtomicBoolean();
    ExecutorService faultThread = Executors.newSingleThreadExecutor();
    Future<?> faults =
        faultThread.submit(
            () -> {
              injectFaults(n, accepted, streamDone, watch, timeline, streamStart);
              return null;
            });
    AtomicLong lastAccepted = new AtomicLong();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new java.util.Random(2026));
    parallel(
        settings.concurrency(),
        n,
        k -> {
          int i = order.get(k);
          if (settings.rate() > 0) {
            // Paced so that a small run still spans the whole fault schedule.
            long due = streamStart + (long) (k * 1e9 / settings.rate());
            long wait = due - System.nanoTime();
            if (wait > 0) {
              TimeUnit.NANOSECONDS.sleep(wait);
            }
          }
          ObjectNode body = JSON.createObjectNode();
          body.put("decisionNumber", (1000 + i) + "/QĐ-UBND");
          body.put("decisionDate", today.toString());
          body.put("issuingBody", "UBND tỉnh Đắk Lắk");
          if (stars[i] < 3) {
            body.put("outcome", "NOT_RECOGNISED");
            body.put("reason", "Không đáp ứng tiêu chí bắt buộc của sản phẩm OCOP 3 sao");
          }
          String path = "/api/rating/v1/dossiers/" + dossiers[i] + "/recognition";
          for (int attempt = 0; ; attempt++) {
            Answer answer = post(path, body);
            if (answer.status == 201) {
              break;
            }
            if (answer.status == 409 && attempt > 0 && answer.body.contains("DECISION")) {
              // The earlier attempt was recorded, its answer lost: the retry finds it.
              conflictsAfterRetry.incrementAndGet();
              break;
            }
            failures
                .computeIfAbsent(
                    answer.status + " " + problemCode(answer), x -> new AtomicInteger())
                .incrementAndGet();
            if (attempt >= 20) {
              throw new IllegalStateException(
                  "decision on " + dossiers[i] + ": " + answer.status + " " + answer.body);
            }
            retries.incrementAndGet();
            Thread.sleep(500);
          }
          accepted.incrementAndGet();
          lastAccepted.set(System.nanoTime());
        });
    double streamSeconds = (System.nanoTime() - streamStart) / 1e9;
    streamDone.set(true);
    faults.get(30, TimeUnit.MINUTES);
    faultThread.shutdown();
    stack.ensureAllRunning();

    // Settle: every recognised decision's certificate, every actual.
    long settleFrom = lastAccepted.get();
    Set<UUID> dossierIds = new java.util.HashSet<>();
    for (String d : dossiers) {
      dossierIds.add(UUID.fromString(d));
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(settings.settleSeconds());
    double certificatesAfter = -1;
    double actualsAfter = -1;
    Counts counts = null;
    int plan3 = -1;
    int plan4 = -1;
    while (System.nanoTime() < deadline && (certificatesAfter < 0 || actualsAfter < 0)) {
      if (certificatesAfter < 0) {
        counts = counts(cycleId);
        if (counts.certificates >= counts.recognised && counts.recognised == expected3Plus) {
          certificatesAfter = (System.nanoTime() - settleFrom) / 1e9;
        }
      }
      if (actualsAfter < 0) {
        plan3 = actual(year, "PRODUCTS_3STAR_PLUS");
        plan4 = actual(year, "PRODUCTS_4STAR");
        if (plan3 >= plan3Before + expected3Plus && plan4 >= plan4Before + expected4) {
          actualsAfter = (System.nanoTime() - settleFrom) / 1e9;
        }
      }
      Thread.sleep(500);
    }
    watch.stop();
    // Quiet for a moment more: a late duplicate would show now.
    Thread.sleep(5_000);
    counts = counts(cycleId);
    plan3 = actual(year, "PRODUCTS_3STAR_PLUS");
    plan4 = actual(year, "PRODUCTS_4STAR");
    int lost = counts.recognised - counts.matched;

    say("timeline:");
    for (String line : timeline) {
      say("  %s", line);
    }
    say(
        "decisions:          %d sent, %d accepted (201, or 409 found recorded on a retry: %d),"
            + " %d retries, %.1f s, %.1f decisions/s",
        n,
        accepted.get(),
        conflictsAfterRetry.get(),
        retries.get(),
        streamSeconds,
        n / streamSeconds);
    say("failed attempts:    %s", failures.isEmpty() ? "none" : failures);
    say(
        "rating decisions:   %d recorded (%d RECOGNISED, %d NOT_RECOGNISED; expected %d / %d)",
        counts.decisions,
        counts.recognised,
        counts.decisions - counts.recognised,
        expected3Plus,
        n - expected3Plus);
    say(
        "certificates:       %d for these decisions: %d lost, %d duplicated, %d for refused"
            + " decisions",
        counts.certificates, lost, counts.duplicates, counts.forRefused);
    say(
        "plan actuals %d:    PRODUCTS_3STAR_PLUS %d (expected %d), PRODUCTS_4STAR %d (expected %d)",
        year, plan3 - plan3Before, expected3Plus, plan4 - plan4Before, expected4);
    say(
        "settled after:      certificates %s, actuals %s (from the last decision accepted)",
        certificatesAfter < 0
            ? "NOT within " + settings.settleSeconds() + " s"
            : String.format(Locale.ROOT, "%.1f s", certificatesAfter),
        actualsAfter < 0
            ? "NOT within " + settings.settleSeconds() + " s"
            : String.format(Locale.ROOT, "%.1f s", actualsAfter));
    say(
        "outbox waiting:     rating up to %d rows, registry up to %d rows (unsent, while the broker"
            + " was down)",
        watch.maxRating.get(), watch.maxRegistry.get());
    say(
        "outbox now:         rating %d unsent, registry %d unsent",
        unsent("rating"), unsent("registry"));

    boolean passed =
        accepted.get() == n
            && counts.decisions == n
            && counts.recognised == expected3Plus
            && lost == 0
            && counts.duplicates == 0
            && counts.forRefused == 0
            && counts.certificates == expected3Plus
            && plan3 - plan3Before == expected3Plus
            && plan4 - plan4Before == expected4;
    String b = "faults-decisions";
    results.add(b, "decisions_sent", n, "count", "", "", "", "");
    results.add(b, "decisions_accepted", accepted.get(), "count", "", "", String.valueOf(n), "");
    results.add(
        b,
        "stream_seconds",
        streamSeconds,
        "s",
        "",
        "",
        "",
        "3 broker kills, registry and plan SIGKILL");
    results.add(b, "decisions_per_second", n / streamSeconds, "1/s", "", "", "", "");
    results.add(
        b,
        "certificates",
        counts.certificates,
        "count",
        String.valueOf(expected3Plus),
        ratio(counts.certificates, expected3Plus),
        "1.0",
        "baseline: RECOGNISED decisions");
    results.add(b, "certificates_lost", lost, "count", "", "", "0", "");
    results.add(b, "certificates_duplicated", counts.duplicates, "count", "", "", "0", "");
    results.add(
        b,
        "plan_products_3star_plus",
        plan3 - plan3Before,
        "count",
        String.valueOf(expected3Plus),
        ratio(plan3 - plan3Before, expected3Plus),
        "1.0",
        "baseline: what the decisions imply");
    results.add(
        b,
        "plan_products_4star",
        plan4 - plan4Before,
        "count",
        String.valueOf(expected4),
        ratio(plan4 - plan4Before, expected4),
        "1.0",
        "");
    results.add(
        b,
        "settle_certificates_seconds",
        certificatesAfter,
        "s",
        "",
        "",
        "",
        "last decision to all certificates");
    results.add(
        b, "settle_actuals_seconds", actualsAfter, "s", "", "", "", "last decision to all actuals");
    results.add(b, "outbox_max_waiting_rating", watch.maxRating.get(), "rows", "", "", "", "");
    results.add(b, "outbox_max_waiting_registry", watch.maxRegistry.get(), "rows", "", "", "", "");
    return passed;
  }

  /** Kills on a schedule tied to the stream's progress; restores whatever it broke. */
  void injectFaults(
      int n,
      AtomicInteger accepted,
      AtomicBoolean done,
      OutboxWatch watch,
      List<String> timeline,
      long t0)
      throws Exception {
    Object[][] plan = {
      {0.05, "kill-broker"}, {0.15, "start-broker"},
      {0.25, "kill-registry"}, {0.30, "start-registry"},
      {0.40, "kill-broker"}, {0.50, "start-broker"},
      {0.60, "kill-plan"}, {0.65, "start-plan"},
      {0.75, "kill-broker"}, {0.85, "start-broker"},
    };
    for (Object[] step : plan) {
      double at = (Double) step[0];
      while (!done.get() && accepted.get() < at * n) {
        Thread.sleep(20);
      }
      String action = (String) step[1];
      long t = System.nanoTime();
      switch (action) {
        case "kill-broker" -> stack.kafka.kill();
        case "start-broker" -> stack.startBroker();
        case "kill-registry" -> stack.sigkill("registry");
        case "kill-plan" -> stack.sigkill("plan");
        case "start-registry" -> stack.restart("registry");
        case "start-plan" -> stack.restart("plan");
        default -> throw new IllegalStateException(action);
      }
      stack.writePids();
      timeline.add(
          String.format(
              Locale.ROOT,
              "%6.1f s  %-15s at %5d accepted%s (took %.1f s)%s",
              (t - t0) / 1e9,
              action,
              accepted.get(),
              done.get() ? " (after the stream)" : "",
              (System.nanoTime() - t) / 1e9,
              action.startsWith("start-broker") || action.startsWith("kill-broker")
                  ? String.format(
                      " outbox unsent: rating %d, registry %d",
                      unsent("rating"), unsent("registry"))
                  : ""));
    }
  }

  record Counts(
      int decisions,
      int recognised,
      int certificates,
      int matched,
      int duplicates,
      int forRefused) {}

  Counts counts(String cycleId) throws SQLException {
    Map<UUID, String> outcomes = new java.util.HashMap<>();
    try (Connection db = stack.db("rating");
        PreparedStatement q =
            db.prepareStatement(
                "select r.id, r.outcome from recognition_decision r join dossier d on d.id ="
                    + " r.dossier_id where d.cycle_id = ?")) {
      q.setObject(1, UUID.fromString(cycleId));
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          outcomes.put((UUID) rs.getObject(1), rs.getString(2));
        }
      }
    }
    Map<UUID, Integer> perDecision = new java.util.HashMap<>();
    try (Connection db = stack.db("registry");
        PreparedStatement q =
            db.prepareStatement(
                "select decision_id, count(*) from certificate where decision_id is not null group"
                    + " by decision_id");
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        perDecision.put((UUID) rs.getObject(1), rs.getInt(2));
      }
    }
    int recognised = 0;
    int certificates = 0;
    int matched = 0;
    int duplicates = 0;
    int forRefused = 0;
    for (Map.Entry<UUID, String> decision : outcomes.entrySet()) {
      int count = perDecision.getOrDefault(decision.getKey(), 0);
      certificates += count;
      duplicates += Math.max(0, count - 1);
      if ("RECOGNISED".equals(decision.getValue())) {
        recognised++;
        matched += count > 0 ? 1 : 0;
      } else {
        forRefused += count;
      }
    }
    return new Counts(outcomes.size(), recognised, certificates, matched, duplicates, forRefused);
  }

  int actual(int year, String indicator) {
    Answer answer =
        send("GET", "/api/plan/v1/provinces/" + PROVINCE + "/actuals?year=" + year, null, Map.of());
    if (answer.status != 200) {
      return -1;
    }
    for (JsonNode line : answer.json().path("indicators")) {
      if (indicator.equals(line.path("code").asText())) {
        return line.path("value").asInt(0);
      }
    }
    return 0;
  }

  int unsent(String database) {
    try (Connection db = stack.db(database);
        PreparedStatement q =
            db.prepareStatement("select count(*) from outbox_event where sent_at is null");
        ResultSet rs = q.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      return -1;
    }
  }

  /** Samples the unsent outbox rows of the rating service and the registry twice a second. */
  final class OutboxWatch {
    final AtomicInteger maxRating = new AtomicInteger();
    final AtomicInteger maxRegistry = new AtomicInteger();
    final AtomicBoolean running = new AtomicBoolean(true);
    Thread thread;

    void start() {
      thread =
          new Thread(
              () -> {
                while (running.get()) {
                  maxRating.accumulateAndGet(unsent("rating"), Math::max);
                  maxRegistry.accumulateAndGet(unsent("registry"), Math::max);
                  try {
                    Thread.sleep(500);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "outbox-watch");
      thread.setDaemon(true);
      thread.start();
    }

    void stop() throws InterruptedException {
      running.set(false);
      thread.join();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // 2. Client retries with the same Idempotency-Key never create twice.

  boolean idempotency() throws Exception {
    int keys = settings.idempotencyKeys();
    say("== idempotency: %d creates retried with the same Idempotency-Key ==", keys);
    String subjectId =
        newSubject("HTX Cà phê Idempotency " + UUID.randomUUID().toString().substring(0, 8));
    String tag = UUID.randomUUID().toString().substring(0, 8);

    // Probe: does this build honour the header at all?
    String probeKey = UUID.randomUUID().toString();
    ObjectNode probeBody = productBody(subjectId, "Cà phê thử khóa " + tag);
    Answer first =
        send("POST", "/api/registry/v1/products", probeBody, Map.of("Idempotency-Key", probeKey));
    Answer second =
        send("POST", "/api/registry/v1/products", probeBody, Map.of("Idempotency-Key", probeKey));
    boolean supported =
        first.status == 201
            && second.status == 201
            && second.replayed()
            && first.json().path("id").asText().equals(second.json().path("id").asText());
    Answer mismatch =
        send(
            "POST",
            "/api/registry/v1/products",
            productBody(subjectId, "Cà phê khác " + tag),
            Map.of("Idempotency-Key", probeKey));
    say(
        "probe:              first %d, retry %d (Idempotent-Replayed: %s, same id: %s), other body"
            + " %d",
        first.status,
        second.status,
        second.replayed(),
        first.json().path("id").asText().equals(second.json().path("id").asText()),
        mismatch.status);
    if (!supported) {
      say("Idempotency-Key:    NOT SUPPORTED BY THIS BUILD (the retry was not replayed)");
    }

    // Each key: three concurrent clients, then two sequential retries.
    AtomicInteger replays = new AtomicInteger();
    AtomicInteger created = new AtomicInteger();
    AtomicInteger otherAnswers = new AtomicInteger();
    String[] names = new String[keys];
    String[] keyOf = new String[keys];
    for (int i = 0; i < keys; i++) {
      names[i] = "Cà phê " + PLACES[i % PLACES.length] + " khóa " + tag + "-" + i;
      keyOf[i] = UUID.randomUUID().toString();
    }
    parallel(
        settings.concurrency(),
        keys * 5,
        k -> {
          int i = k / 5;
          if (k % 5 >= 3) {
            Thread.sleep(50);
          }
          Answer a =
              send(
                  "POST",
                  "/api/registry/v1/products",
                  productBody(subjectId, names[i]),
                  Map.of("Idempotency-Key", keyOf[i]));
          if (a.status == 201 && a.replayed()) {
            replays.incrementAndGet();
          } else if (a.status == 201) {
            created.incrementAndGet();
          } else {
            otherAnswers.incrementAndGet();
          }
        });

    // Across a crash: requests in flight when the registry is SIGKILLed are retried, same key,
    // until answered.
    int crashKeys = Math.max(20, keys / 4);
    String[] crashNames = new String[crashKeys];
    String[] crashKeyOf = new String[crashKeys];
    for (int i = 0; i < crashKeys; i++) {
      crashNames[i] = "Ca cao " + PLACES[i % PLACES.length] + " sau sự cố " + tag + "-" + i;
      crashKeyOf[i] = UUID.randomUUID().toString();
    }
    AtomicInteger crashFirstFailures = new AtomicInteger();
    AtomicInteger crashAnswered = new AtomicInteger();
    AtomicInteger crashRefused = new AtomicInteger();
    Thread killer =
        new Thread(
            () -> {
              try {
                Thread.sleep(300);
                stack.sigkill("registry");
                stack.restart("registry");
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    killer.start();
    parallel(
        settings.concurrency(),
        crashKeys,
        i -> {
          long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
          boolean firstTry = true;
          while (System.nanoTime() < deadline) {
            Answer a =
                send(
                    "POST",
                    "/api/registry/v1/products",
                    productBody(subjectId, crashNames[i]),
                    Map.of("Idempotency-Key", crashKeyOf[i]));
            if (a.status == 201) {
              crashAnswered.incrementAndGet();
              return;
            }
            if (a.status >= 400 && a.status < 500 && a.status != 429) {
              // A 409 here is the first attempt's product found by its natural key: the retry was
              // not recognised as one.
              crashRefused.incrementAndGet();
              return;
            }
            if (firstTry) {
              crashFirstFailures.incrementAndGet();
            }
            firstTry = false;
            Thread.sleep(300);
          }
        });
    killer.join();

    int doubles = 0;
    int missing = 0;
    int crashDoubles = 0;
    try (Connection db = stack.db("registry");
        PreparedStatement q =
            db.prepareStatement(
                "select name, count(*) from product where name like ? group by name")) {
      q.setString(1, "%" + tag + "%");
      Map<String, Integer> perName = new java.util.HashMap<>();
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          perName.put(rs.getString(1), rs.getInt(2));
        }
      }
      for (String name : names) {
        int c = perName.getOrDefault(name, 0);
        doubles += Math.max(0, c - 1);
        missing += c == 0 ? 1 : 0;
      }
      for (String name : crashNames) {
        int c = perName.getOrDefault(name, 0);
        crashDoubles += Math.max(0, c - 1);
        missing += c == 0 ? 1 : 0;
      }
    }
    say(
        "retries:            %d keys x 5 requests (3 concurrent, 2 after): %d created, %d replayed,"
            + " %d other answers",
        keys, created.get(), replays.get(), otherAnswers.get());
    say(
        "across a SIGKILL:   %d keys, %d first attempts failed, %d answered 201 in the end, %d a"
            + " 4xx",
        crashKeys, crashFirstFailures.get(), crashAnswered.get(), crashRefused.get());
    say(
        "rows:               %d double creates (retries), %d double creates (across the crash), %d"
            + " missing",
        doubles, crashDoubles, missing);
    say("same key, other body: %d (expected 422)", mismatch.status);
    String b = "faults-idempotency";
    results.add(
        b,
        "supported",
        supported ? 1 : 0,
        "bool",
        "",
        "",
        "1",
        supported ? "" : "not supported by this build");
    results.add(b, "double_creates", doubles, "count", "", "", "0", keys + " keys x 5 requests");
    results.add(
        b,
        "double_creates_across_sigkill",
        crashDoubles,
        "count",
        "",
        "",
        "0",
        crashKeys + " keys");
    results.add(b, "missing_creates", missing, "count", "", "", "0", "");
    results.add(b, "mismatch_status", mismatch.status, "http", "", "", "422", "");
    return supported
        && doubles == 0
        && crashDoubles == 0
        && missing == 0
        && mismatch.status == 422
        && created.get() == keys
        && crashAnswered.get() == crashKeys;
  }

  // ---------------------------------------------------------------------------------------------
  // 3. Members scoring the same dossier at once, and one member's sheet from two clients at once.

  static final List<String> COUNCIL = List.of("daklak.chair", "daklak.member1", "daklak.member2");
  static final String RULE_SET = "QD148-2023+QD1489-2025";

  boolean concurrentScoring() throws Exception {
    int d = settings.scoringDossiers();
    say(
        "== scoring: %d dossiers, %d members, each member's sheet PUT by two clients at once ==",
        d, COUNCIL.size());
    for (String member : COUNCIL) {
      signIn(member);
    }
    int year = LocalDate.now(VIETNAM).getYear();
    String subjectId =
        newSubject("HTX Cà phê Chấm điểm " + UUID.randomUUID().toString().substring(0, 8));
    String[] products = new String[d];
    parallel(
        4, d, i -> products[i] = newProduct(subjectId, "Cà phê chấm điểm đồng thời " + (i + 1)));
    String cycleId = openCycle(year, 2);
    String[] dossiers = new String[d];
    parallel(4, d, i -> dossiers[i] = newDossier(cycleId, products[i]));
    ObjectNode council = JSON.createObjectNode();
    council.put("name", "Hội đồng OCOP tỉnh Đắk Lắk (kiểm thử chấm đồng thời)");
    council.put("level", "PROVINCE");
    council.put("provinceCode", PROVINCE);
    var seats = council.putArray("members");
    for (String member : COUNCIL) {
      seats
          .addObject()
          .put("username", member)
          .put("role", member.equals(COUNCIL.get(0)) ? "CHAIR" : "MEMBER");
    }
    String councilId = expect(post("/api/rating/v1/councils", council), 201).path("id").asText();
    ObjectNode plan = JSON.createObjectNode();
    plan.put("councilId", councilId);
    plan.put("heldOn", LocalDate.now(VIETNAM).toString());
    plan.put("place", "Hội trường Sở Nông nghiệp và Môi trường, Buôn Ma Thuột");
    String sessionId = expect(post("/api/rating/v1/sessions", plan), 201).path("id").asText();
    ObjectNode open = JSON.createObjectNode();
    var present = open.putArray("presentMembers");
    COUNCIL.forEach(present::add);
    expect(post("/api/rating/v1/sessions/" + sessionId + "/open", open), 200);
    // Decision 1489: the commune pre-reviews and forwards before the province council takes it.
    String communeOfficer = signIn("daklak.commune");
    parallel(
        4,
        d,
        i -> {
          ObjectNode review = JSON.createObjectNode();
          review.put("minutesNumber", "12/BB-UBND");
          review.put("minutesDate", LocalDate.now(VIETNAM).toString());
          review
              .putArray("findings")
              .addObject()
              .put("criterionCode", "A1a")
              .put("finding", "Nguyên liệu cà phê trồng tại xã")
              .put("satisfied", true);
          review.put("chairmanOpinion", "FORWARD");
          expect(
              send(
                  communeOfficer,
                  "POST",
                  "/api/rating/v1/dossiers/" + dossiers[i] + "/commune-review",
                  review,
                  Map.of()),
              201);
          ObjectNode body = JSON.createObjectNode();
          body.put("dossierId", dossiers[i]);
          expect(post("/api/rating/v1/sessions/" + sessionId + "/dossiers", body), 200);
          for (String member : COUNCIL) {
            ObjectNode none = JSON.createObjectNode();
            none.put("declaration", "NONE");
            expect(
                send(
                    tokens.get(member),
                    "POST",
                    "/api/rating/v1/sessions/"
                        + sessionId
                        + "/dossiers/"
                        + dossiers[i]
                        + "/declarations",
                    none,
                    Map.of()),
                201);
          }
        });
    // Two answer sets per member (clients 0 and 1), a few points apart.
    List<Map<String, String>> variants = answerVariants(COUNCIL.size() * 2);

    // Every sheet of every dossier at once: 3 members x 2 clients per dossier.
    int puts = d * COUNCIL.size() * 2;
    int[] status = new int[puts];
    List<Integer> order = new ArrayList<>();
    for (int k = 0; k < puts; k++) {
      order.add(k);
    }
    Collections.shuffle(order, new java.util.Random(7));
    long t0 = System.nanoTime();
    parallel(
        Math.max(settings.concurrency(), 24),
        puts,
        j -> {
          int k = order.get(j);
          int dossier = k / (COUNCIL.size() * 2);
          int variant = k % (COUNCIL.size() * 2);
          String member = COUNCIL.get(variant / 2);
          ObjectNode body = JSON.createObjectNode();
          body.put("productSet", 13);
          ObjectNode answers = body.putObject("answers");
          variants.get(variant).forEach(answers::put);
          status[k] =
              send(
                      tokens.get(member),
                      "PUT",
                      "/api/rating/v1/dossiers/" + dossiers[dossier] + "/score-sheets/mine",
                      body,
                      Map.of())
                  .status;
        });
    double seconds = (System.nanoTime() - t0) / 1e9;

    Map<String, Integer> answersByStatus = new java.util.TreeMap<>();
    for (int st : status) {
      answersByStatus.merge(String.valueOf(st), 1, Integer::sum);
    }
    int lost = 0;
    int mixed = 0;
    int wrongResult = 0;
    int notEvaluated = 0;
    int serverErrors = 0;
    for (int st : status) {
      serverErrors += st >= 500 || st == 0 ? 1 : 0;
    }
    try (Connection db = stack.db("rating")) {
      for (int i = 0; i < d; i++) {
        UUID dossier = UUID.fromString(dossiers[i]);
        Map<String, Map<String, String>> stored = new java.util.HashMap<>();
        Map<String, java.math.BigDecimal> totals = new java.util.HashMap<>();
        try (PreparedStatement q =
            db.prepareStatement(
                "select s.member_username, s.total, a.criterion_code, a.option_code from"
                    + " score_sheet s join score_sheet_answer a on a.sheet_id = s.id where"
                    + " s.dossier_id = ?")) {
          q.setObject(1, dossier);
          try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
              stored
                  .computeIfAbsent(rs.getString(1), m -> new java.util.HashMap<>())
                  .put(rs.getString(3), rs.getString(4));
              totals.put(rs.getString(1), rs.getBigDecimal(2));
            }
          }
        }
        for (int m = 0; m < COUNCIL.size(); m++) {
          int base = i * COUNCIL.size() * 2 + m * 2;
          Map<String, String> sheet = stored.get(COUNCIL.get(m));
          boolean accepted0 = status[base] == 200;
          boolean accepted1 = status[base + 1] == 200;
          if (sheet == null) {
            lost += accepted0 || accepted1 ? 1 : 0;
            continue;
          }
          boolean is0 = sheet.equals(variants.get(m * 2));
          boolean is1 = sheet.equals(variants.get(m * 2 + 1));
          if (!(is0 && accepted0) && !(is1 && accepted1)) {
            if (is0 || is1) {
              lost++;
            } else {
              mixed++;
            }
          }
        }
        try (PreparedStatement q =
            db.prepareStatement(
                "select status, average_score, score_sheet_count from dossier where id = ?")) {
          q.setObject(1, dossier);
          try (ResultSet rs = q.executeQuery()) {
            rs.next();
            if (!"EVALUATED".equals(rs.getString(1))) {
              notEvaluated++;
              continue;
            }
            java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
            for (java.math.BigDecimal t : totals.values()) {
              sum = sum.add(t);
            }
            java.math.BigDecimal mean =
                totals.isEmpty()
                    ? java.math.BigDecimal.ZERO
                    : sum.divide(
                        java.math.BigDecimal.valueOf(totals.size()),
                        2,
                        java.math.RoundingMode.HALF_UP);
            if (rs.getInt(3) != COUNCIL.size()
                || totals.size() != COUNCIL.size()
                || rs.getBigDecimal(2).compareTo(mean) != 0) {
              wrongResult++;
            }
          }
        }
      }
    }
    say(
        "sheets:             %d PUTs (%d dossiers x %d members x 2 clients) in %.1f s; answers %s",
        puts, d, COUNCIL.size(), seconds, answersByStatus);
    say(
        "stored:             %d accepted sheets lost, %d stored sheets mixing two requests",
        lost, mixed);
    say(
        "results:            %d of %d dossiers EVALUATED, %d whose result does not match the stored"
            + " sheets",
        d - notEvaluated, d, wrongResult);
    String b = "faults-scoring";
    results.add(
        b, "sheet_puts", puts, "count", "", "", "", d + " dossiers x 3 members x 2 clients");
    results.add(b, "sheets_lost", lost, "count", "", "", "0", "");
    results.add(b, "sheets_mixed", mixed, "count", "", "", "0", "");
    results.add(b, "results_wrong", wrongResult, "count", "", "", "0", "");
    results.add(b, "dossiers_not_evaluated", notEvaluated, "count", "", "", "0", "");
    results.add(b, "responses_5xx", serverErrors, "count", "", "", "0", "");
    return lost == 0 && mixed == 0 && wrongResult == 0 && notEvaluated == 0 && serverErrors == 0;
  }

  /** Lowering it could cost the star class (tiêu chí bắt buộc): left at its best option. */
  static boolean isStarMinimum(JsonNode criterion) {
    if (criterion.hasNonNull("mandatoryFromStar")) {
      return true;
    }
    for (JsonNode option : criterion.path("options")) {
      if (option.hasNonNull("minimumForStar")) {
        return true;
      }
    }
    return false;
  }

  JsonNode expect(Answer answer, int status) {
    if (answer.status != status) {
      throw new IllegalStateException(
          "expected " + status + ", got " + answer.status + ": " + answer.body);
    }
    return answer.json();
  }

  /**
   * Answer sets on the coffee sheet (set 13): the best option of every criterion (the first
   * alternative of each group), then, set by set, a few criteria that are no star minimum one
   * option lower, so that the totals stay within a few points (no second scoring round).
   */
  List<Map<String, String>> answerVariants(int count) {
    JsonNode sheet =
        expect(
            send("GET", "/api/rating/v1/rule-sets/" + RULE_SET + "/sheets/13", null, Map.of()),
            200);
    List<JsonNode> criteria = new ArrayList<>();
    Map<String, String> chosenAlternative = new java.util.HashMap<>();
    for (JsonNode part : sheet.path("parts")) {
      for (JsonNode section : part.path("sections")) {
        for (JsonNode criterion : section.path("criteria")) {
          if (criterion.hasNonNull("alternativeGroup")) {
            String group = criterion.path("alternativeGroup").asText();
            String alternative = criterion.path("alternative").asText();
            if (!chosenAlternative.computeIfAbsent(group, g -> alternative).equals(alternative)) {
              continue;
            }
          }
          criteria.add(criterion);
        }
      }
    }
    List<Map<String, String>> variants = new ArrayList<>();
    for (int v = 0; v < count; v++) {
      Map<String, String> answers = new java.util.HashMap<>();
      List<List<JsonNode>> sorted = new ArrayList<>();
      for (JsonNode criterion : criteria) {
        List<JsonNode> options = new ArrayList<>();
        criterion.path("options").forEach(options::add);
        options.sort(
            (a, b) -> b.path("points").decimalValue().compareTo(a.path("points").decimalValue()));
        sorted.add(options);
        answers.put(criterion.path("code").asText(), options.get(0).path("code").asText());
      }
      java.math.BigDecimal deficit = java.math.BigDecimal.valueOf(v + 1);
      for (int c = criteria.size() - 1; c >= 0 && deficit.signum() > 0; c--) {
        List<JsonNode> options = sorted.get(c);
        if (options.size() < 2 || isStarMinimum(criteria.get(c))) {
          continue;
        }
        java.math.BigDecimal drop =
            options
                .get(0)
                .path("points")
                .decimalValue()
                .subtract(options.get(1).path("points").decimalValue());
        if (drop.compareTo(deficit) > 0 && drop.compareTo(java.math.BigDecimal.valueOf(3)) > 0) {
          continue;
        }
        answers.put(criteria.get(c).path("code").asText(), options.get(1).path("code").asText());
        deficit = deficit.subtract(drop);
      }
      variants.add(answers);
    }
    return variants;
  }

  // ---------------------------------------------------------------------------------------------
  // 4. PostgreSQL stops and starts again under a steady load through the gateway.

  boolean postgresRestart() throws Exception {
    int seconds = settings.postgresLoadSeconds();
    say(
        "== postgres: %d s of reads and writes through the gateway, PostgreSQL down %d s in the"
            + " middle ==",
        seconds, settings.postgresDownSeconds());
    String subjectId =
        newSubject("HTX Cà phê Khôi phục " + UUID.randomUUID().toString().substring(0, 8));
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long t0 = System.nanoTime();
    long end = t0 + TimeUnit.SECONDS.toNanos(seconds);
    AtomicLong firstFailure = new AtomicLong(-1);
    AtomicLong lastFailure = new AtomicLong(-1);
    AtomicLong firstSuccessAfter = new AtomicLong(-1);
    AtomicInteger reads = new AtomicInteger();
    AtomicInteger readErrors = new AtomicInteger();
    AtomicInteger writes = new AtomicInteger();
    AtomicInteger writeErrors = new AtomicInteger();
    AtomicInteger fiveHundreds = new AtomicInteger();
    AtomicBoolean restarted = new AtomicBoolean();
    AtomicLong pgRestartedAt = new AtomicLong();
    Map<Integer, AtomicInteger> failureStatuses = new ConcurrentHashMap<>();
    Set<String> createdIds = ConcurrentHashMap.newKeySet();
    AtomicInteger seq = new AtomicInteger();
    Thread restarter =
        new Thread(
            () -> {
              try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(seconds) / 3);
                say("  %.1f s  stopping PostgreSQL", (System.nanoTime() - t0) / 1e9);
                stack.restartPostgres(settings.postgresDownSeconds());
                pgRestartedAt.set(System.nanoTime());
                say(
                    "  %.1f s  PostgreSQL started again on port %d",
                    (System.nanoTime() - t0) / 1e9, stack.pgPort);
                restarted.set(true);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    restarter.start();
    int clients = Math.max(4, settings.concurrency() / 2);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      running.add(
          pool.submit(
              () -> {
                while (System.nanoTime() < end) {
                  boolean write = client % 4 == 0;
                  Answer a;
                  if (write) {
                    a =
                        post(
                            "/api/registry/v1/products",
                            productBody(
                                subjectId,
                                "Cà phê tải liên tục " + tag + "-" + seq.incrementAndGet()));
                    writes.incrementAndGet();
                  } else {
                    a =
                        send(
                            "GET",
                            "/api/registry/v1/products?subjectId=" + subjectId + "&size=5",
                            null,
                            Map.of());
                    reads.incrementAndGet();
                  }
                  long now = System.nanoTime();
                  boolean ok = write ? a.status == 201 : a.status == 200;
                  if (ok) {
                    if (write) {
                      createdIds.add(a.json().path("id").asText());
                    }
                    if (restarted.get() && firstFailure.get() >= 0) {
                      firstSuccessAfter.compareAndSet(-1, now);
                    }
                  } else {
                    (write ? writeErrors : readErrors).incrementAndGet();
                    failureStatuses
                        .computeIfAbsent(a.status, x -> new AtomicInteger())
                        .incrementAndGet();
                    firstFailure.compareAndSet(-1, now);
                    lastFailure.set(now);
                    if (a.status >= 500) {
                      fiveHundreds.incrementAndGet();
                    }
                    Thread.sleep(100);
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    pool.shutdown();
    restarter.join();

    // Recovery without manual action: every service ready again, within two minutes.
    Map<String, Integer> health = new LinkedHashMap<>();
    long healthDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    long pgBack = pgRestartedAt.get();
    double allReadyAfter = -1;
    while (true) {
      for (String name : stack.services.keySet()) {
        try {
          HttpResponse<String> r =
              http.send(
                  HttpRequest.newBuilder(URI.create(stack.url(name) + "/q/health/ready"))
                      .timeout(Duration.ofSeconds(5))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          health.put(name, r.statusCode());
        } catch (IOException e) {
          health.put(name, 0);
        }
      }
      if (health.values().stream().allMatch(st -> st == 200)) {
        allReadyAfter = (System.nanoTime() - pgBack) / 1e9;
        break;
      }
      if (System.nanoTime() > healthDeadline) {
        break;
      }
      Thread.sleep(500);
    }
    // After the load: one more write and read each, and the outbox relays drained.
    Answer write =
        post(
            "/api/registry/v1/products", productBody(subjectId, "Cà phê sau khởi động lại " + tag));
    if (write.status == 201) {
      createdIds.add(write.json().path("id").asText());
    }
    Answer read =
        send(
            "GET", "/api/registry/v1/products/" + write.json().path("id").asText(), null, Map.of());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    int inRating = 0;
    int inRegistry = 0;
    while (System.nanoTime() < deadline) {
      inRegistry =
          countIds("registry", "select count(*) from product where id = any(?)", createdIds);
      inRating =
          countIds(
              "rating", "select count(*) from product_ref where product_id = any(?)", createdIds);
      if (inRating >= createdIds.size() && unsent("registry") == 0) {
        break;
      }
      Thread.sleep(500);
    }
    double window =
        firstFailure.get() < 0
            ? 0
            : ((firstSuccessAfter.get() < 0 ? lastFailure.get() : firstSuccessAfter.get())
                    - firstFailure.get())
                / 1e9;
    say(
        "load:               %d reads (%d failed), %d writes (%d failed), %d answers 5xx, %d"
            + " clients",
        reads.get(),
        readErrors.get(),
        writes.get(),
        writeErrors.get(),
        fiveHundreds.get(),
        clients);
    say(
        "error window:       %.1f s (first failing request to first succeeding after the restart;"
            + " PostgreSQL was down %d s)",
        window, settings.postgresDownSeconds());
    say("failed answers:     %s (status: count; 0 = no answer)", failureStatuses);
    say(
        "ready after:        %s, %s after PostgreSQL was back (polled after the load)",
        health,
        allReadyAfter < 0
            ? "NOT within 120 s"
            : String.format(Locale.ROOT, "%.1f s", allReadyAfter));
    say("after the restart:  write %d, read %d", write.status, read.status);
    say(
        "no event lost:      %d products created (201), %d in the registry, %d in the rating"
            + " service's read model (via the outbox and Kafka); registry outbox unsent %d",
        createdIds.size(), inRegistry, inRating, unsent("registry"));
    boolean healthy = health.values().stream().allMatch(s -> s == 200);
    // An outage is the client's cue to retry (503 DATABASE_UNAVAILABLE, Retry-After), not a defect.
    int internalErrors = failureStatuses.getOrDefault(500, new AtomicInteger()).get();
    say("answers 500:        %d (expected 0: an outage answers 503)", internalErrors);
    boolean passed =
        internalErrors == 0
            && restarted.get()
            && healthy
            && write.status == 201
            && read.status == 200
            && inRegistry == createdIds.size()
            && inRating == createdIds.size()
            && firstSuccessAfter.get() >= 0;
    String b = "faults-postgres";
    results.add(
        b,
        "error_window_seconds",
        window,
        "s",
        String.valueOf(settings.postgresDownSeconds()),
        ratio(window, settings.postgresDownSeconds()),
        "",
        "baseline: time PostgreSQL was down");
    results.add(
        b,
        "all_ready_after_restart_seconds",
        allReadyAfter,
        "s",
        "",
        "",
        "",
        "-1: not within 120 s");
    results.add(b, "requests", reads.get() + writes.get(), "count", "", "", "", "");
    results.add(
        b,
        "failed_requests",
        readErrors.get() + writeErrors.get(),
        "count",
        "",
        "",
        "",
        "during the outage");
    results.add(b, "responses_5xx", fiveHundreds.get(), "count", "", "", "", "");
    results.add(b, "responses_500", internalErrors, "count", "", "", "0", "an outage answers 503");
    results.add(b, "events_lost", createdIds.size() - inRating, "count", "", "", "0", "");
    results.add(
        b,
        "services_ready_after",
        health.values().stream().filter(s -> s == 200).count(),
        "count",
        String.valueOf(health.size()),
        "",
        String.valueOf(health.size()),
        "");
    return passed;
  }

  int countIds(String database, String sql, Set<String> ids) {
    try (Connection db = stack.db(database);
        PreparedStatement q = db.prepareStatement(sql)) {
      q.setArray(1, db.createArrayOf("uuid", ids.stream().map(UUID::fromString).toArray()));
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    } catch (SQLException e) {
      return -1;
    }
  }

  // ---------------------------------------------------------------------------------------------

  static String problemCode(Answer answer) {
    JsonNode json = answer.json();
    return json.path("code").asText(json.path("title").asText(""));
  }

  static String ratio(double value, double baseline) {
    return baseline == 0 ? "" : String.format(Locale.ROOT, "%.3f", value / baseline);
  }

  interface IndexedTask {
    void run(int index) throws Exception;
  }

  static void parallel(int threads, int count, IndexedTask task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      AtomicInteger next = new AtomicInteger();
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    task.run(i);
                  }
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  static void say(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
    System.out.flush();
  }

  /** Rows of bench/results/faults.csv, in the header shared by every benchmark. */
  static final class Results {
    final List<String> rows = Collections.synchronizedList(new ArrayList<>());

    void add(
        String bench,
        String metric,
        double value,
        String unit,
        String baseline,
        String ratio,
        String target,
        String note) {
      String v =
          value == Math.rint(value) && Math.abs(value) < 1e15
              ? String.valueOf((long) value)
              : String.format(Locale.ROOT, "%.3f", value);
      rows.add(String.join(",", bench, metric, v, unit, baseline, ratio, target, csv(note)));
    }

    static String csv(String s) {
      return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    void write(Path file) throws IOException {
      Files.createDirectories(file.getParent());
      List<String> lines = new ArrayList<>();
      lines.add("bench,metric,value,unit,baseline,ratio,target,note");
      lines.addAll(rows);
      Files.write(file, lines);
      say("results written to %s", file);
    }
  }
}
