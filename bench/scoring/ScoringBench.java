import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The client side of bench/scoring.sh: sets up a province session of the rating service through the
 * gateway and measures its blind scoring under concurrent members.
 *
 * <p>Setup (not measured): council-member accounts beyond the gateway's demo ones, tokens from
 * {@code POST /auth/token}, subjects and products announced on the registry's topics, a cycle at
 * EVALUATION, a provincial council (chair + members), the dossiers created and submitted, one
 * session planned, opened with everyone present, the dossiers assigned and every member's
 * declaration of no conflict. Measured: every member's sheet on every dossier at a fixed
 * concurrency, and a trivial authenticated GET at the same concurrency before and after, in the
 * same run. A warm-up (sheets on extra dossiers, GETs) comes first so that the figures are the
 * service's steady state, not the JIT's first minutes.
 *
 * <p>Usage: {@code java -cp 'rating-service/target/quarkus-app/lib/main/*' ScoringBench.java ports N}
 * prints N free TCP ports; {@code ... ScoringBench.java run} runs the benchmark, configured by the
 * environment variables read in {@link Settings}.
 */
public class ScoringBench {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String API = "/api/rating/v1";
  static final String RULE_SET = "QD148-2023+QD1489-2025";
  static final int PRODUCT_SET = 13;

  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("ports")) {
      printFreePorts(Integer.parseInt(args[1]));
    } else if (args.length == 1 && args[0].equals("run")) {
      new ScoringBench(Settings.fromEnvironment()).run();
    } else {
      System.err.println("usage: ScoringBench ports N | ScoringBench run");
      System.exit(2);
    }
  }

  /** Binds all at once, so that the N ports differ; released before the services bind them. */
  static void printFreePorts(int count) throws Exception {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        ServerSocket socket = new ServerSocket(0);
        socket.setReuseAddress(true);
        sockets.add(socket);
      }
      System.out.println(
          String.join(" ", sockets.stream().map(s -> String.valueOf(s.getLocalPort())).toList()));
    } finally {
      for (ServerSocket socket : sockets) {
        socket.close();
      }
    }
  }

  record Settings(
      String gateway,
      String postgres,
      String kafka,
      String password,
      String province,
      int members,
      int dossiers,
      int warmupDossiers,
      int concurrency,
      int getRequests,
      int getWarmup,
      int probeClients,
      long seed,
      Map<String, Long> cpuPids,
      int clockTicks) {
    static Settings fromEnvironment() {
      int members = intEnv("BENCH_MEMBERS", 9);
      int dossiers = intEnv("BENCH_DOSSIERS", 30);
      if (members < 3) {
        throw new IllegalArgumentException("BENCH_MEMBERS must be 3 or more (chair + 2 demo members)");
      }
      return new Settings(
          env("BENCH_GATEWAY_URL", null),
          env("BENCH_PG", null),
          env("BENCH_KAFKA", null),
          env("BENCH_DEMO_PASSWORD", null),
          env("BENCH_PROVINCE", "66"),
          members,
          dossiers,
          intEnv("BENCH_WARMUP_DOSSIERS", 100),
          intEnv("BENCH_CONCURRENCY", 50),
          intEnv("BENCH_GET_REQUESTS", members * dossiers),
          intEnv("BENCH_GET_WARMUP", 2000),
          intEnv("BENCH_PROBE_CLIENTS", 10),
          Long.parseLong(env("BENCH_SEED", "2026")),
          cpuPids(env("BENCH_CPU_PIDS", "-")),
          intEnv("BENCH_CLK_TCK", 100));
    }

    /** {@code name=pid name=pid ...}, as the script passes them; "-" for none. */
    static Map<String, Long> cpuPids(String spec) {
      Map<String, Long> pids = new LinkedHashMap<>();
      for (String pair : spec.trim().split("\\s+")) {
        int eq = pair.indexOf('=');
        if (eq > 0 && pair.substring(eq + 1).matches("[0-9]+")) {
          pids.put(pair.substring(0, eq), Long.parseLong(pair.substring(eq + 1)));
        }
      }
      pids.put("client", ProcessHandle.current().pid());
      return pids;
    }

    static String env(String name, String fallback) {
      String value = System.getenv(name);
      if (value == null || value.isBlank()) {
        if (fallback == null) {
          throw new IllegalArgumentException(name + " is not set");
        }
        return fallback;
      }
      return value;
    }

    static int intEnv(String name, int fallback) {
      return Integer.parseInt(env(name, String.valueOf(fallback)));
    }
  }

  final Settings settings;
  final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  final Map<String, String> tokens = new ConcurrentHashMap<>();
  String officer;
  List<String> members;

  ScoringBench(Settings settings) {
    this.settings = settings;
  }

  void run() throws Exception {
    long setupStart = System.nanoTime();
    members = memberAccounts();
    officer = "daklak.officer";
    signIn(officer);
    for (String member : members) {
      signIn(member);
    }
    int total = settings.dossiers() + settings.warmupDossiers();
    List<UUID> products = announceProducts(total);
    String cycleId = openCycle();
    String councilId = constituteCouncil();
    List<String> dossiers = Collections.synchronizedList(new ArrayList<>());
    parallel(
        4,
        products.size(),
        i -> dossiers.add(createDossier(cycleId, products.get(i))));
    String sessionId = planAndOpenSession(councilId);
    parallel(4, dossiers.size(), i -> assign(sessionId, dossiers.get(i)));
    parallel(
        8,
        dossiers.size() * members.size(),
        i ->
            declareNone(
                sessionId, dossiers.get(i / members.size()), members.get(i % members.size())));
    List<Map<String, String>> answers = answersPerMember();
    List<String> warmup = dossiers.subList(0, settings.warmupDossiers());
    List<String> measured = dossiers.subList(settings.warmupDossiers(), dossiers.size());
    say(
        "setup: %d members, %d dossiers (+%d warm-up) IN_EVALUATION in one OPEN session, %d"
            + " declarations, in %.1f s",
        members.size(),
        measured.size(),
        warmup.size(),
        dossiers.size() * members.size(),
        (System.nanoTime() - setupStart) / 1e9);

    // Warm-up: the same two kinds of request, on other dossiers, at the same concurrency and in the
    // measured order (GETs, sheets, GETs), long enough for the JIT to have compiled both paths: on
    // two cores a C2 compilation of Hibernate's flush competes with the requests themselves.
    Load warmGetsBefore = gets(settings.getWarmup() / 2);
    Load warmSheets = sheets(warmup, answers, new Random(settings.seed() + 1));
    Load warmGetsAfter = gets(settings.getWarmup() - settings.getWarmup() / 2);
    say(
        "warm-up: %d GETs (%d errors), %d sheets on %d dossiers (%d errors, %d EVALUATED)",
        warmGetsBefore.count() + warmGetsAfter.count(),
        warmGetsBefore.errors.get() + warmGetsAfter.errors.get(),
        warmSheets.count(),
        warmup.size(),
        warmSheets.errors.get(),
        warmSheets.evaluated.get());

    // Measured: baseline GETs, the sheets, baseline GETs again (so drift on a shared machine falls
    // on both sides).
    CpuMeter cpu = new CpuMeter(settings.cpuPids(), settings.clockTicks());
    Map<String, Long> t0 = cpu.snapshot();
    Load getsBefore = gets(settings.getRequests());
    Map<String, Long> t1 = cpu.snapshot();
    Probe probe = new Probe(settings.probeClients());
    Load sheetLoad = sheets(measured, answers, new Random(settings.seed()));
    long[] probed = probe.stop();
    Map<String, Long> t2 = cpu.snapshot();
    Load getsAfter = gets(settings.getRequests());
    Map<String, Long> t3 = cpu.snapshot();
    Map<String, JsonNode> evaluatedById = new HashMap<>();
    for (String id : measured) {
      JsonNode dossier = get(officer, API + "/dossiers/" + id, 200);
      if ("EVALUATED".equals(dossier.path("status").asText())) {
        evaluatedById.put(id, dossier);
      }
    }
    int measuredEvaluated = 0;
    BigDecimal lowest = null;
    BigDecimal highest = null;
    Map<String, Integer> stars = new java.util.TreeMap<>();
    for (String id : measured) {
      JsonNode dossier = evaluatedById.get(id);
      if (dossier == null) {
        continue;
      }
      measuredEvaluated++;
      JsonNode result = dossier.path("result");
      BigDecimal average = new BigDecimal(result.path("averageScore").asText("0"));
      lowest = lowest == null || average.compareTo(lowest) < 0 ? average : lowest;
      highest = highest == null || average.compareTo(highest) > 0 ? average : highest;
      stars.merge(result.path("starClass").asText("?") + "★", 1, Integer::sum);
    }

    long[] getLatencies = concat(getsBefore.latencies(), getsAfter.latencies());
    long[] sheetLatencies = sheetLoad.latencies();
    double sheetP99 = percentile(sheetLatencies, 0.99);
    double getP99 = percentile(getLatencies, 0.99);
    double probeP99 = percentile(probed, 0.99);
    long errors =
        getsBefore.errors.get() + getsAfter.errors.get() + sheetLoad.errors.get()
            + probe.errors.get()
            + (measured.size() - measuredEvaluated);
    double allResults = (sheetLoad.lastEvaluatedAt.get() - sheetLoad.startedAt) / 1e9;

    say("");
    say("== Scoring a province session through the gateway ==");
    say(
        "session:            %d dossiers x %d members (chair + %d) = %d sheets, product set %d,"
            + " rule set %s",
        measured.size(),
        members.size(),
        members.size() - 1,
        sheetLoad.count(),
        PRODUCT_SET,
        RULE_SET);
    say("concurrency:        %d clients, each request with its member's token", settings.concurrency());
    say(
        "sheets:             %d sent, %d answered 200, %d errors; wall %.2f s, %.1f sheets/s",
        sheetLoad.count(),
        sheetLoad.count() - sheetLoad.errors.get(),
        sheetLoad.errors.get(),
        sheetLoad.seconds(),
        sheetLoad.count() / sheetLoad.seconds());
    say(
        "  PUT %s/dossiers/{id}/score-sheets/mine   %s",
        API,
        describe(sheetLatencies));
    say(
        "baseline:           %d + %d GET %s/rule-sets (before, after), %d errors",
        getsBefore.count(),
        getsAfter.count(),
        API,
        getsBefore.errors.get() + getsAfter.errors.get());
    say("  before            %s", describe(getsBefore.latencies()));
    say("  after             %s", describe(getsAfter.latencies()));
    say("  both              %s", describe(getLatencies));
    say(
        "  during the sheets %s  (%d more clients, same GET, while the 270 sheets run; %d errors)",
        describe(probed),
        settings.probeClients(),
        probe.errors.get());
    if (cpu.available()) {
      Map<String, Long> getsFrom = CpuMeter.plus(t0, t2);
      Map<String, Long> getsTo = CpuMeter.plus(t1, t3);
      int getCount = getsBefore.count() + getsAfter.count();
      // The sheets' phase also ran the probe's GETs: they are taken out at the cost per GET
      // measured alone (an estimate: under load a GET may cost a little more).
      Map<String, Long> sheetsTo = new LinkedHashMap<>();
      t2.forEach(
          (name, ticks) ->
              sheetsTo.put(
                  name,
                  ticks
                      - Math.round(
                          (double) (getsTo.get(name) - getsFrom.get(name))
                              * probed.length
                              / getCount)));
      say(
          "CPU per request:    sheet %s  (the probe's GETs taken out)",
          cpu.perRequest(t1, sheetsTo, sheetLoad.count()));
      say("                    GET   %s", cpu.perRequest(getsFrom, getsTo, getCount));
    }
    say(
        "results:            %d of %d dossiers EVALUATED (%d by a sheet's answer); averages"
            + " %s..%s; %s",
        measuredEvaluated,
        measured.size(),
        sheetLoad.evaluated.get(),
        lowest,
        highest,
        stars);
    say(
        "time to all results: %.2f s  (first sheet sent -> the answer that made the last dossier"
            + " EVALUATED)",
        allResults);
    say(
        "ratio p99(sheet)/p99(GET during the sheets): %.2f  (%.1f ms / %.1f ms; target <= 3.0)",
        sheetP99 / probeP99,
        sheetP99 / 1e6,
        probeP99 / 1e6);
    say(
        "ratio p99(sheet)/p99(GET alone, 50 clients): %.2f  (%.1f ms / %.1f ms; the cost of a sheet"
            + " against a GET's, each saturating the machine on its own)",
        sheetP99 / getP99,
        sheetP99 / 1e6,
        getP99 / 1e6);
    say("errors:             %d  (must be 0)", errors);
    if (errors != 0) {
      System.exit(1);
    }
  }

  // ---- setup ----

  /**
   * The chair and the members of the council: the gateway's demo chair and two demo members, plus
   * accounts written into the gateway's account table with the demo members' password hash (the
   * gateway has no account administration API yet, and bcrypt-hashing here would add a
   * dependency).
   */
  List<String> memberAccounts() throws Exception {
    List<String> names = new ArrayList<>(List.of("daklak.chair", "daklak.member1", "daklak.member2"));
    for (int i = 3; i < settings.members(); i++) {
      names.add("bench.member" + i);
    }
    try (Connection connection =
            DriverManager.getConnection(
                "jdbc:postgresql://" + settings.postgres() + "/gateway", "postgres", "");
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into account (username, password_hash, roles, province_code)"
                    + " select ?, password_hash, roles, province_code from account"
                    + " where username = 'daklak.member1'"
                    + " on conflict (username) do nothing")) {
      for (String name : names.subList(3, names.size())) {
        insert.setString(1, name);
        insert.executeUpdate();
      }
    }
    return names;
  }

  void signIn(String username) throws Exception {
    ObjectNode body = JSON.createObjectNode();
    body.put("username", username);
    body.put("password", settings.password());
    JsonNode answer = send("POST", "/auth/token", null, body, 200);
    tokens.put(username, answer.path("access_token").asText());
  }

  /** One subject and one coffee product (set 13) each, on the registry's topics. */
  List<UUID> announceProducts(int count) throws Exception {
    Properties config = new Properties();
    config.put("bootstrap.servers", settings.kafka());
    config.put("acks", "all");
    config.put("key.serializer", StringSerializer.class.getName());
    config.put("value.serializer", StringSerializer.class.getName());
    List<UUID> products = new ArrayList<>();
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
      for (int i = 0; i < count; i++) {
        UUID subjectId = UUID.randomUUID();
        UUID productId = UUID.randomUUID();
        ObjectNode subject = JSON.createObjectNode();
        subject.put("subjectId", subjectId.toString());
        subject.put("subjectType", "COOPERATIVE");
        subject.put("identifierKind", "TAX_CODE");
        subject.put("identifier", String.format("60%08d", i));
        subject.put("name", "Hợp tác xã Nông nghiệp Ea Tu " + (i + 1));
        subject.put("provinceCode", settings.province());
        producer.send(
            new ProducerRecord<>(
                "ocop.registry.subject.v1",
                subjectId.toString(),
                cloudEvent("vn.ocop.subject.registered.v1", subjectId, subject)));
        ObjectNode product = JSON.createObjectNode();
        product.put("productId", productId.toString());
        product.put("subjectId", subjectId.toString());
        product.put("name", "Cà phê bột Ea Tu " + (i + 1));
        product.put("productSet", PRODUCT_SET);
        product.put("productSetName", "Cà phê, ca cao");
        product.put("productGroup", 1);
        product.put("provinceCode", settings.province());
        product.put("status", "ACTIVE");
        producer.send(
            new ProducerRecord<>(
                "ocop.registry.product.v1",
                productId.toString(),
                cloudEvent("vn.ocop.product.registered.v1", productId, product)));
        products.add(productId);
      }
      producer.flush();
    }
    awaitProductsKnown(products);
    return products;
  }

  static String cloudEvent(String type, UUID aggregate, ObjectNode data) throws Exception {
    ObjectNode event = JSON.createObjectNode();
    event.put("specversion", "1.0");
    event.put("id", UUID.randomUUID().toString());
    event.put("source", "/ocop/registry-service");
    event.put("type", type);
    event.put("subject", aggregate.toString());
    event.put("time", OffsetDateTime.now(ZoneOffset.UTC).toString());
    event.put("datacontenttype", "application/json");
    event.set("data", data);
    return JSON.writeValueAsString(event);
  }

  /** The rating service's read model has them (it has no API listing products). */
  void awaitProductsKnown(List<UUID> products) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    try (Connection connection =
            DriverManager.getConnection(
                "jdbc:postgresql://" + settings.postgres() + "/rating", "postgres", "");
        PreparedStatement count =
            connection.prepareStatement(
                "select count(*) from product_ref where product_id = any (?)")) {
      count.setArray(1, connection.createArrayOf("uuid", products.toArray()));
      while (true) {
        try (ResultSet rows = count.executeQuery()) {
          rows.next();
          if (rows.getInt(1) == products.size()) {
            return;
          }
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the rating service did not learn the products in 180 s");
        }
        Thread.sleep(250);
      }
    }
  }

  String openCycle() throws Exception {
    ObjectNode body = JSON.createObjectNode();
    body.put("year", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear());
    body.put("round", 1);
    body.put("startAtStep", "EVALUATION");
    return send("POST", API + "/cycles", officer, body, 201).path("id").asText();
  }

  String constituteCouncil() throws Exception {
    ObjectNode body = JSON.createObjectNode();
    body.put("name", "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Đắk Lắk (benchmark)");
    body.put("level", "PROVINCE");
    ArrayNode seats = body.putArray("members");
    for (String member : members) {
      seats.addObject().put("username", member).put("role", member.equals(members.get(0)) ? "CHAIR" : "MEMBER");
    }
    return send("POST", API + "/councils", officer, body, 201).path("id").asText();
  }

  String createDossier(String cycleId, UUID productId) throws Exception {
    ObjectNode body = JSON.createObjectNode();
    body.put("cycleId", cycleId);
    body.put("productId", productId.toString());
    body.put("kind", "NEW");
    body.put("submit", true);
    JsonNode dossier = send("POST", API + "/dossiers", officer, body, 201);
    expect(dossier.path("status").asText(), "SUBMITTED", "dossier status");
    return dossier.path("id").asText();
  }

  String planAndOpenSession(String councilId) throws Exception {
    ObjectNode plan = JSON.createObjectNode();
    plan.put("councilId", councilId);
    plan.put("heldOn", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString());
    plan.put("place", "Hội trường Sở Nông nghiệp và Môi trường, Buôn Ma Thuột");
    String sessionId = send("POST", API + "/sessions", officer, plan, 201).path("id").asText();
    ObjectNode open = JSON.createObjectNode();
    ArrayNode present = open.putArray("presentMembers");
    members.forEach(present::add);
    JsonNode opened = send("POST", API + "/sessions/" + sessionId + "/open", officer, open, 200);
    expect(opened.path("status").asText(), "OPEN", "session status");
    return sessionId;
  }

  void assign(String sessionId, String dossierId) throws Exception {
    ObjectNode body = JSON.createObjectNode();
    body.put("dossierId", dossierId);
    JsonNode answer = send("POST", API + "/sessions/" + sessionId + "/dossiers", officer, body, 200);
    expect(answer.path("status").asText(), "IN_EVALUATION", "assigned dossier status");
  }

  void declareNone(String sessionId, String dossierId, String member) throws Exception {
    ObjectNode body = JSON.createObjectNode();
    body.put("declaration", "NONE");
    send(
        "POST",
        API + "/sessions/" + sessionId + "/dossiers/" + dossierId + "/declarations",
        member,
        body,
        201);
  }

  /**
   * Each member's answers on the real sheet: the best option of every criterion (the first
   * alternative of each group), then, member by member, a few criteria from the end of the sheet
   * one option lower, so the totals differ by a few points (all within 10).
   */
  List<Map<String, String>> answersPerMember() throws Exception {
    JsonNode sheet =
        get(members.get(0), API + "/rule-sets/" + RULE_SET + "/sheets/" + PRODUCT_SET, 200);
    List<JsonNode> criteria = new ArrayList<>();
    Map<String, String> chosenAlternative = new HashMap<>();
    for (JsonNode part : sheet.path("parts")) {
      for (JsonNode section : part.path("sections")) {
        for (JsonNode criterion : section.path("criteria")) {
          if (!criterion.path("alternativeGroup").isNull() && criterion.has("alternativeGroup")) {
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
    List<Map<String, String>> perMember = new ArrayList<>();
    for (int m = 0; m < members.size(); m++) {
      Map<String, String> answers = new LinkedHashMap<>();
      List<List<JsonNode>> sortedOptions = new ArrayList<>();
      for (JsonNode criterion : criteria) {
        List<JsonNode> options = new ArrayList<>();
        criterion.path("options").forEach(options::add);
        options.sort((a, b) -> b.path("points").decimalValue().compareTo(a.path("points").decimalValue()));
        sortedOptions.add(options);
        answers.put(criterion.path("code").asText(), options.get(0).path("code").asText());
      }
      BigDecimal deficit = BigDecimal.valueOf(m);
      for (int c = criteria.size() - 1; c >= 0 && deficit.signum() > 0; c--) {
        List<JsonNode> options = sortedOptions.get(c);
        if (options.size() < 2 || isStarMinimum(criteria.get(c))) {
          continue;
        }
        BigDecimal drop =
            options.get(0).path("points").decimalValue().subtract(options.get(1).path("points").decimalValue());
        if (drop.compareTo(deficit) > 0 && drop.compareTo(BigDecimal.valueOf(3)) > 0) {
          continue;
        }
        answers.put(criteria.get(c).path("code").asText(), options.get(1).path("code").asText());
        deficit = deficit.subtract(drop);
      }
      perMember.add(answers);
    }
    return perMember;
  }

  /** Lowering it could cost the star class (tiêu chí bắt buộc): left at its best option. */
  static boolean isStarMinimum(JsonNode criterion) {
    if (!criterion.path("mandatoryFromStar").isNull() && criterion.has("mandatoryFromStar")) {
      return true;
    }
    for (JsonNode option : criterion.path("options")) {
      if (!option.path("minimumForStar").isNull() && option.has("minimumForStar")) {
        return true;
      }
    }
    return false;
  }

  // ---- loads ----

  /** One load: latencies in nanoseconds in the order sent, errors, and what the answers said. */
  /**
   * CPU time of the processes under test, from /proc (Linux): what a request costs each of them,
   * which is where a ratio's difference comes from on a saturated machine. PostgreSQL counts its
   * postmaster and every child (the backends of the services' pools live through the run).
   */
  static final class CpuMeter {
    private final Map<String, Long> pids;
    private final int clockTicks;

    CpuMeter(Map<String, Long> pids, int clockTicks) {
      this.pids = pids;
      this.clockTicks = clockTicks;
    }

    boolean available() {
      return java.nio.file.Files.isReadable(java.nio.file.Path.of("/proc/self/stat"));
    }

    /** CPU ticks (user + system) per name, children included for "postgres". */
    Map<String, Long> snapshot() {
      Map<String, Long> ticks = new LinkedHashMap<>();
      if (!available()) {
        return ticks;
      }
      Map<Long, long[]> all = new HashMap<>(); // pid -> {ppid, ticks}
      try (java.nio.file.DirectoryStream<java.nio.file.Path> proc =
          java.nio.file.Files.newDirectoryStream(java.nio.file.Path.of("/proc"), "[0-9]*")) {
        for (java.nio.file.Path dir : proc) {
          long[] stat = stat(dir.resolve("stat"));
          if (stat != null) {
            all.put(Long.parseLong(dir.getFileName().toString()), stat);
          }
        }
      } catch (java.io.IOException e) {
        return ticks;
      }
      pids.forEach(
          (name, pid) -> {
            long sum = all.containsKey(pid) ? all.get(pid)[1] : 0;
            if (name.equals("postgres")) {
              for (long[] stat : all.values()) {
                if (stat[0] == pid) {
                  sum += stat[1];
                }
              }
            }
            ticks.put(name, sum);
          });
      return ticks;
    }

    /** {ppid, utime + stime} from a /proc/PID/stat, null if the process is gone. */
    private static long[] stat(java.nio.file.Path file) {
      try {
        String line = java.nio.file.Files.readString(file);
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return new long[] {
          Long.parseLong(fields[1]), Long.parseLong(fields[11]) + Long.parseLong(fields[12])
        };
      } catch (java.io.IOException | RuntimeException e) {
        return null;
      }
    }

    static Map<String, Long> plus(Map<String, Long> a, Map<String, Long> b) {
      Map<String, Long> sum = new LinkedHashMap<>(a);
      b.forEach((name, value) -> sum.merge(name, value, Long::sum));
      return sum;
    }

    String perRequest(Map<String, Long> from, Map<String, Long> to, int requests) {
      StringBuilder line = new StringBuilder();
      double total = 0;
      for (String name : pids.keySet()) {
        double ms =
            (to.getOrDefault(name, 0L) - from.getOrDefault(name, 0L))
                * 1000.0
                / clockTicks
                / requests;
        total += ms;
        line.append(String.format("%s %.2f ms, ", name, ms));
      }
      return line.append(String.format("total %.2f ms", total)).toString();
    }
  }

  /**
   * The trivial GET sent over and over by a few extra clients while the sheets run: its latency is
   * what the loaded service gives any request, so a sheet's p99 over it is what scoring itself adds
   * (its own work, the dossier's row lock, retries), not how busy the machine is.
   */
  final class Probe {
    final AtomicInteger errors = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicBoolean running =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    private final List<Thread> threads = new ArrayList<>();

    Probe(int clients) {
      List<String> callers = new ArrayList<>(members);
      callers.add(officer);
      for (int t = 0; t < clients; t++) {
        String caller = callers.get(t % callers.size());
        Thread thread =
            new Thread(
                () -> {
                  while (running.get()) {
                    long start = System.nanoTime();
                    try {
                      HttpResponse<String> answer =
                          http.send(
                              request(caller, API + "/rule-sets").GET().build(),
                              HttpResponse.BodyHandlers.ofString());
                      if (answer.statusCode() != 200 || !answer.body().contains(RULE_SET)) {
                        errors.incrementAndGet();
                      }
                    } catch (Exception e) {
                      errors.incrementAndGet();
                    }
                    if (running.get()) {
                      latencies.add(System.nanoTime() - start);
                    }
                  }
                });
        threads.add(thread);
        thread.start();
      }
    }

    /** Stops the probe; the latencies of the GETs that ended while the sheets ran. */
    long[] stop() throws InterruptedException {
      running.set(false);
      for (Thread thread : threads) {
        thread.join();
      }
      synchronized (latencies) {
        return latencies.stream().mapToLong(Long::longValue).toArray();
      }
    }
  }

  static final class Load {
    final long[] latency;
    final AtomicInteger errors = new AtomicInteger();
    final AtomicInteger evaluated = new AtomicInteger();
    final AtomicLong lastEvaluatedAt = new AtomicLong();
    long startedAt;
    long endedAt;

    Load(int count) {
      latency = new long[count];
    }

    int count() {
      return latency.length;
    }

    long[] latencies() {
      return latency.clone();
    }

    double seconds() {
      return (endedAt - startedAt) / 1e9;
    }
  }

  interface Call {
    /** Sends request {@code i}; returns true when its answer is the expected one. */
    boolean send(int i, Load load) throws Exception;
  }

  /** {@code count} requests pulled by {@code concurrency} threads, each sending the next one. */
  Load load(int count, Call call) throws Exception {
    Load load = new Load(count);
    AtomicInteger next = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    load.startedAt = System.nanoTime();
    for (int t = 0; t < settings.concurrency(); t++) {
      Thread thread =
          new Thread(
              () -> {
                int i;
                while ((i = next.getAndIncrement()) < count) {
                  long start = System.nanoTime();
                  boolean ok;
                  try {
                    ok = call.send(i, load);
                  } catch (Exception e) {
                    System.err.println("request " + i + " failed: " + e);
                    ok = false;
                  }
                  load.latency[i] = System.nanoTime() - start;
                  if (!ok) {
                    load.errors.incrementAndGet();
                  }
                }
              });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    load.endedAt = System.nanoTime();
    return load;
  }

  Load gets(int count) throws Exception {
    List<String> callers = new ArrayList<>(members);
    callers.add(officer);
    return load(
        count,
        (i, load) -> {
          HttpResponse<String> answer =
              http.send(
                  request(callers.get(i % callers.size()), API + "/rule-sets")
                      .GET()
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          boolean ok = answer.statusCode() == 200 && answer.body().contains(RULE_SET);
          if (!ok) {
            System.err.println("GET rule-sets: " + answer.statusCode() + " " + answer.body());
          }
          return ok;
        });
  }

  /** Every member's sheet on every dossier, in a shuffled order. */
  Load sheets(List<String> dossiers, List<Map<String, String>> answers, Random random)
      throws Exception {
    List<int[]> tasks = new ArrayList<>();
    for (int d = 0; d < dossiers.size(); d++) {
      for (int m = 0; m < members.size(); m++) {
        tasks.add(new int[] {d, m});
      }
    }
    Collections.shuffle(tasks, random);
    List<String> bodies = new ArrayList<>();
    for (int m = 0; m < members.size(); m++) {
      ObjectNode body = JSON.createObjectNode();
      body.put("productSet", PRODUCT_SET);
      body.set("answers", JSON.valueToTree(answers.get(m)));
      bodies.add(JSON.writeValueAsString(body));
    }
    return load(
        tasks.size(),
        (i, load) -> {
          int[] task = tasks.get(i);
          String member = members.get(task[1]);
          HttpResponse<String> answer =
              http.send(
                  request(member, API + "/dossiers/" + dossiers.get(task[0]) + "/score-sheets/mine")
                      .PUT(HttpRequest.BodyPublishers.ofString(bodies.get(task[1])))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          if (answer.statusCode() != 200) {
            System.err.println("PUT sheet: " + answer.statusCode() + " " + answer.body());
            return false;
          }
          JsonNode sheet = JSON.readTree(answer.body());
          if ("EVALUATED".equals(sheet.path("dossierStatus").asText())) {
            load.evaluated.incrementAndGet();
            long now = System.nanoTime();
            load.lastEvaluatedAt.accumulateAndGet(now, Math::max);
          }
          return member.equals(sheet.path("member").asText());
        });
  }

  // ---- HTTP ----

  HttpRequest.Builder request(String caller, String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(settings.gateway() + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json")
            .header("Content-Type", "application/json");
    if (caller != null) {
      builder.header("Authorization", "Bearer " + tokens.get(caller));
    }
    return builder;
  }

  JsonNode get(String caller, String path, int expected) throws Exception {
    return send("GET", path, caller, null, expected);
  }

  JsonNode send(String method, String path, String caller, JsonNode body, int expected)
      throws Exception {
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    HttpResponse<String> answer =
        http.send(
            request(caller, path).method(method, publisher).build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != expected) {
      throw new IllegalStateException(
          method + " " + path + " answered " + answer.statusCode() + ": " + answer.body());
    }
    return answer.body().isEmpty() ? JSON.nullNode() : JSON.readTree(answer.body());
  }

  static void expect(String actual, String expected, String what) {
    if (!expected.equals(actual)) {
      throw new IllegalStateException(what + ": expected " + expected + ", got " + actual);
    }
  }

  interface IndexedTask {
    void run(int i) throws Exception;
  }

  /** Setup requests on a few threads, failing on the first error. */
  static void parallel(int threads, int count, IndexedTask task) throws Exception {
    AtomicInteger next = new AtomicInteger();
    List<Exception> failures = Collections.synchronizedList(new ArrayList<>());
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread worker =
          new Thread(
              () -> {
                int i;
                while (failures.isEmpty() && (i = next.getAndIncrement()) < count) {
                  try {
                    task.run(i);
                  } catch (Exception e) {
                    failures.add(e);
                  }
                }
              });
      workers.add(worker);
      worker.start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
  }

  // ---- figures ----

  static long[] concat(long[] a, long[] b) {
    long[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  /** Nearest rank: the smallest value with at least {@code p} of the values at or below it. */
  static double percentile(long[] values, double p) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  static String describe(long[] values) {
    return String.format(
        "n=%d  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms",
        values.length,
        percentile(values, 0.50) / 1e6,
        percentile(values, 0.95) / 1e6,
        percentile(values, 0.99) / 1e6,
        percentile(values, 1.0) / 1e6);
  }

  static void say(String format, Object... args) {
    System.out.println(args.length == 0 ? format : String.format(format, args));
  }
}
