import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The client side of bench/plan.sh. Subcommands:
 *
 * <ul>
 *   <li>{@code plans}: approved 2021–2025 plans for the 34 provinces (and pre-merger plans of three
 *       provinces that merged), through the plan service's API;
 *   <li>{@code view}: the national progress view (GET /api/plan/v1/progress) against a hand-written
 *       SQL aggregate of the same figures over the same tables, alternately, and checks they agree;
 *   <li>{@code burst}: 1,000 recognition decisions at once on ocop.rating.recognition.v1; the time
 *       from each decision's send to its certificate being counted in the plan service's actuals,
 *       against a bare Kafka consumer's receive time of the same records in the same run.
 * </ul>
 *
 * Settings come from the environment (see bench/plan.sh).
 */
public class PlanBench {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "plans" -> plans();
      case "view" -> view();
      case "burst" -> burst();
      case "publish" -> publish(args[1]);
      default ->
          throw new IllegalArgumentException("plans | view | burst | publish FILE, not " + args[0]);
    }
  }

  static String env(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set");
    }
    return value;
  }

  static int envInt(String name, int fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value);
  }

  // ---- plans ----

  /** Current province codes of the 2025 map, and pre-merger provinces whose old plans roll up. */
  static final String[] PROVINCES = {
    "01", "04", "08", "11", "12", "14", "15", "19", "20", "22", "24", "25", "31", "33", "37", "38",
    "40", "42", "44", "46", "48", "51", "52", "56", "66", "68", "75", "79", "80", "82", "86", "91",
    "92", "96"
  };

  static final String[][] PRE_MERGER = {{"54", "66"}, {"67", "68"}, {"49", "48"}};

  static void plans() throws Exception {
    String base = env("BENCH_PLAN_URL");
    String token = env("BENCH_TOKEN");
    int made = 0;
    for (int i = 0; i < PROVINCES.length; i++) {
      String province = PROVINCES[i];
      ObjectNode plan = JSON.createObjectNode();
      plan.put("title", "Kế hoạch thực hiện Chương trình OCOP giai đoạn 2021–2025 (" + province + ")");
      plan.put("periodStart", 2021);
      plan.put("periodEnd", 2025);
      ArrayNode targets = plan.putArray("targets");
      target(targets, "PRODUCTS_3STAR_PLUS", null, "CUMULATIVE", "AT_LEAST", 300 + 20 * i);
      target(targets, "PRODUCTS_5STAR", null, "CUMULATIVE", "AT_LEAST", 3);
      for (int year = 2021; year <= 2025; year++) {
        target(targets, "PRODUCTS_3STAR_PLUS", year, "PER_YEAR", "AT_LEAST", 50 + i);
        target(targets, "PRODUCTS_4STAR", year, "PER_YEAR", "AT_LEAST", 10 + i / 4);
      }
      approve(base, token, create(base, token, province, plan));
      made++;
    }
    for (String[] merged : PRE_MERGER) {
      ObjectNode plan = JSON.createObjectNode();
      plan.put("title", "Kế hoạch OCOP 2021–2025 của tỉnh cũ " + merged[0]);
      plan.put("periodStart", 2021);
      plan.put("periodEnd", 2025);
      plan.put("mapVersion", "2025-03");
      plan.put("planProvinceCode", merged[0]);
      ArrayNode targets = plan.putArray("targets");
      target(targets, "PRODUCTS_3STAR_PLUS", null, "CUMULATIVE", "AT_LEAST", 150);
      approve(base, token, create(base, token, merged[1], plan));
      made++;
    }
    say("plans:              %d approved (34 provinces + %d pre-merger plans rolled up)", made,
        PRE_MERGER.length);
  }

  static void target(
      ArrayNode targets, String indicator, Integer year, String accumulation, String kind, int value) {
    ObjectNode target = targets.addObject();
    target.put("indicatorCode", indicator);
    if (year != null) {
      target.put("year", year);
    }
    target.put("accumulation", accumulation);
    target.put("kind", kind);
    target.put("value", value);
  }

  static String create(String base, String token, String province, ObjectNode plan)
      throws Exception {
    JsonNode created =
        send(base + "/api/plan/v1/provinces/" + province + "/plans", token, "POST", plan, 201);
    return created.path("id").asText();
  }

  static void approve(String base, String token, String planId) throws Exception {
    ObjectNode approval = JSON.createObjectNode();
    approval.put("decisionNumber", "1576/QĐ-UBND");
    approval.put("decisionDate", "2022-07-18");
    send(base + "/api/plan/v1/plans/" + planId + "/approve", token, "POST", approval, 200);
  }

  static JsonNode send(String url, String token, String method, JsonNode body, int expected)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json");
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }
    HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new IllegalStateException(
          method + " " + url + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
  }

  // ---- view ----

  static void view() throws Exception {
    String base = env("BENCH_PLAN_URL");
    String token = env("BENCH_TOKEN");
    String jdbc = env("BENCH_PLAN_JDBC");
    int year = envInt("BENCH_YEAR", 2025);
    int warmup = envInt("BENCH_VIEW_WARMUP", 100);
    int runs = envInt("BENCH_VIEW_RUNS", 200);
    String url = base + "/api/plan/v1/progress?year=" + year;
    try (Connection connection = DriverManager.getConnection(jdbc, "postgres", "")) {
      HandSql sql = new HandSql(connection, year);
      for (int i = 0; i < warmup; i++) {
        get(url, token);
        sql.run();
      }
      long[] views = new long[runs];
      long[] queries = new long[runs];
      int bytes = 0;
      String body = null;
      Map<String, Map<String, BigDecimal>> figures = null;
      // Alternated, so both sides see the same machine: a view, then the SQL, and so on.
      for (int i = 0; i < runs; i++) {
        long started = System.nanoTime();
        body = get(url, token);
        views[i] = System.nanoTime() - started;
        started = System.nanoTime();
        figures = sql.run();
        queries[i] = System.nanoTime() - started;
        bytes = body.length();
      }
      int checked = agree(JSON.readTree(body), figures);
      say("national view:      GET /api/plan/v1/progress?year=%d  %s  (%d KB of JSON)", year,
          describe(views), bytes / 1024);
      say("hand-written SQL:   one statement over the same tables  %s", describe(queries));
      say("figures agree:      %d figures of the view (actual per province, indicator and window)"
          + " equal the SQL's", checked);
      say("ratio p50(view)/p50(SQL): %.2f  (%.1f ms / %.1f ms; target <= 2.0)",
          percentile(views, 0.5) / percentile(queries, 0.5), percentile(views, 0.5) / 1e6,
          percentile(queries, 0.5) / 1e6);
      say("ratio p99(view)/p99(SQL): %.2f  (%.1f ms / %.1f ms)",
          percentile(views, 0.99) / percentile(queries, 0.99), percentile(views, 0.99) / 1e6,
          percentile(queries, 0.99) / 1e6);
    }
  }

  static String get(String url, String token) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .GET()
            .build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "GET " + url + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  /**
   * Compares the view's actuals with the SQL's: every figure of the SQL (province, indicator and
   * window) must be the view's. Returns how many were compared; fails on the first difference.
   */
  static int agree(JsonNode view, Map<String, Map<String, BigDecimal>> figures) {
    return HandSql.agree(view, figures);
  }

  // ---- burst ----

  static void burst() throws Exception {
    String kafka = env("BENCH_KAFKA");
    String jdbc = env("BENCH_PLAN_JDBC");
    List<String> products = Files.readAllLines(Path.of(env("BENCH_PRODUCTS_FILE")));
    int count = Math.min(envInt("BENCH_DECISIONS", 1000), products.size());
    String topic = "ocop.rating.recognition.v1";
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

    // The reference: a bare consumer of the same topic, subscribed before anything is sent.
    Properties consumerConfig = new Properties();
    consumerConfig.put("bootstrap.servers", kafka);
    consumerConfig.put("group.id", "bench-raw-" + UUID.randomUUID());
    consumerConfig.put("auto.offset.reset", "latest");
    consumerConfig.put("key.deserializer", StringDeserializer.class.getName());
    consumerConfig.put("value.deserializer", StringDeserializer.class.getName());
    Map<String, Long> sentAt = new ConcurrentHashMap<>();
    Map<String, Long> rawReceivedAt = new ConcurrentHashMap<>();
    Thread raw;
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig)) {
      consumer.subscribe(List.of(topic));
      while (consumer.assignment().isEmpty()) {
        consumer.poll(Duration.ofMillis(100));
      }
      consumer.seekToEnd(consumer.assignment());
      consumer.assignment().forEach(consumer::position);
      raw =
          new Thread(
              () -> {
                long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                while (rawReceivedAt.size() < count && System.nanoTime() < deadline) {
                  for (ConsumerRecord<String, String> record :
                      consumer.poll(Duration.ofMillis(20))) {
                    long now = System.currentTimeMillis();
                    rawReceivedAt.putIfAbsent(record.key(), now);
                  }
                }
              });
      Properties producerConfig = new Properties();
      producerConfig.put("bootstrap.servers", kafka);
      producerConfig.put("acks", "all");
      producerConfig.put("linger.ms", "0");
      producerConfig.put("key.serializer", StringSerializer.class.getName());
      producerConfig.put("value.serializer", StringSerializer.class.getName());
      List<String[]> records = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String[] product = products.get(i).split(",");
        UUID decisionId = UUID.randomUUID();
        ObjectNode decision = JSON.createObjectNode();
        decision.put("decisionId", decisionId.toString());
        decision.put("dossierId", UUID.randomUUID().toString());
        decision.put("productId", product[0]);
        decision.put("subjectId", product[1]);
        decision.put("provinceCode", product[2]);
        decision.put("decisionNumber", (1000 + i) + "/QĐ-UBND-BENCH");
        decision.put("decisionDate", today.toString());
        decision.put("issuingBody", "UBND tỉnh");
        decision.put("issuingLevel", "PROVINCE");
        int stars = i % 10 == 0 ? 4 : 3;
        decision.put("starClass", stars);
        decision.put("score", stars == 4 ? 75 : 60);
        decision.put("dossierKind", "RE_EVALUATION");
        decision.put("ruleSetVersion", "QD148-2023");
        decision.put("validityMonths", 36);
        records.add(
            new String[] {decisionId.toString(), cloudEvent(decisionId, decision)});
      }
      raw.start();
      long burstStarted = System.currentTimeMillis();
      try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig)) {
        for (String[] record : records) {
          sentAt.put(record[0], System.currentTimeMillis());
          producer.send(new ProducerRecord<>(topic, record[0], record[1]));
        }
        producer.flush();
      }
      long burstSent = System.currentTimeMillis();
      Map<String, Long> countedAt = awaitCounted(jdbc, sentAt.keySet(), count);
      Map<String, Long> issuedAt = issued(env("BENCH_REGISTRY_JDBC"), sentAt.keySet());
      long lastCounted = countedAt.values().stream().mapToLong(Long::longValue).max().orElse(0);
      raw.join();
      long[] plan = latencies(sentAt, countedAt);
      long[] bare = latencies(sentAt, rawReceivedAt);
      long[] registry = latencies(sentAt, issuedAt);
      long[] planHop = latencies(issuedAt, countedAt);
      say("burst:              %d recognition decisions sent in %d ms (one producer, acks=all)",
          count, burstSent - burstStarted);
      say("decision -> actual: %s  (%d of %d counted; sent -> its certificate fact committed in the"
          + " plan service, through the registry)", describeMillis(plan), countedAt.size(), count);
      say("  of which registry: %s  (sent -> certificate created in the registry)",
          describeMillis(registry));
      say("  of which plan:     %s  (certificate created -> its fact committed in the plan service:"
          + " outbox relay, Kafka, plan consumer)", describeMillis(planHop));
      say("bare consumer:      %s  (sent -> received by a plain KafkaConsumer of the same topic)",
          describeMillis(bare));
      say("time to all counted: %.2f s  (first sent -> last counted)",
          (lastCounted - burstStarted) / 1000.0);
      say("ratio p99(decision -> actual)/p99(bare consumer): %.1f",
          percentileMillis(plan, 0.99) / Math.max(1.0, percentileMillis(bare, 0.99)));
      if (countedAt.size() != count) {
        throw new IllegalStateException(
            "only " + countedAt.size() + " of " + count + " decisions reached the actuals");
      }
    }
  }

  /**
   * Publishes the rating side of the generated cycles (bench/generate_import.py --cycles: one
   * "topic TAB key TAB CloudEvent" per line), in the file's order, as the rating service's outbox
   * relay would.
   */
  static void publish(String file) throws Exception {
    Properties config = new Properties();
    config.put("bootstrap.servers", env("BENCH_KAFKA"));
    config.put("acks", "all");
    config.put("enable.idempotence", "true");
    config.put("key.serializer", StringSerializer.class.getName());
    config.put("value.serializer", StringSerializer.class.getName());
    int sent = 0;
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(config);
        var lines = java.nio.file.Files.lines(java.nio.file.Path.of(file))) {
      for (String line : (Iterable<String>) lines::iterator) {
        String[] parts = line.split("\t", 3);
        producer.send(new ProducerRecord<>(parts[0], parts[1], parts[2]));
        sent++;
      }
      producer.flush();
    }
    say("%d events published", sent);
  }

  static String cloudEvent(UUID aggregate, ObjectNode data) throws Exception {
    ObjectNode event = JSON.createObjectNode();
    event.put("specversion", "1.0");
    event.put("id", UUID.randomUUID().toString());
    event.put("source", "/ocop/rating-service");
    event.put("type", "vn.ocop.recognition.decided.v1");
    event.put("subject", aggregate.toString());
    event.put("time", OffsetDateTime.now(ZoneOffset.UTC).toString());
    event.put("datacontenttype", "application/json");
    event.set("data", data);
    return JSON.writeValueAsString(event);
  }

  /**
   * Polls the plan service's certificate facts for the decisions until all are there (or 120 s):
   * decision id → when its fact was committed, as the database's commit time of the fact row.
   */
  static Map<String, Long> awaitCounted(String jdbc, java.util.Set<String> decisions, int count)
      throws Exception {
    Map<String, Long> counted = new HashMap<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    try (Connection connection = DriverManager.getConnection(jdbc, "postgres", "");
        PreparedStatement statement =
            connection.prepareStatement(
                "select decision_id::text, recorded_at from certificate_fact"
                    + " where decision_id = any (?::uuid[])")) {
      statement.setArray(1, connection.createArrayOf("text", decisions.toArray()));
      while (counted.size() < count && System.nanoTime() < deadline) {
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            Timestamp at = rows.getTimestamp(2);
            counted.putIfAbsent(rows.getString(1), at.getTime());
          }
        }
        if (counted.size() < count) {
          Thread.sleep(100);
        }
      }
    }
    return counted;
  }

  /** Decision id → when the registry created its certificate. */
  static Map<String, Long> issued(String jdbc, java.util.Set<String> decisions) throws Exception {
    Map<String, Long> issued = new HashMap<>();
    try (Connection connection = DriverManager.getConnection(jdbc, "postgres", "");
        PreparedStatement statement =
            connection.prepareStatement(
                "select decision_id::text, created_at from certificate"
                    + " where decision_id = any (?::uuid[])")) {
      statement.setArray(1, connection.createArrayOf("text", decisions.toArray()));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          issued.put(rows.getString(1), rows.getTimestamp(2).getTime());
        }
      }
    }
    return issued;
  }

  static long[] latencies(Map<String, Long> sent, Map<String, Long> arrived) {
    return arrived.entrySet().stream()
        .filter(e -> sent.containsKey(e.getKey()))
        .mapToLong(e -> e.getValue() - sent.get(e.getKey()))
        .toArray();
  }

  // ---- figures ----

  /** Nearest rank: the smallest value with at least {@code p} of the values at or below it. */
  static double percentile(long[] values, double p) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  static double percentileMillis(long[] values, double p) {
    return values.length == 0 ? Double.NaN : percentile(values, p);
  }

  static String describe(long[] nanos) {
    return String.format(
        "n=%d  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms",
        nanos.length,
        percentile(nanos, 0.50) / 1e6,
        percentile(nanos, 0.95) / 1e6,
        percentile(nanos, 0.99) / 1e6,
        percentile(nanos, 1.0) / 1e6);
  }

  static String describeMillis(long[] millis) {
    if (millis.length == 0) {
      return "n=0";
    }
    return String.format(
        "n=%d  p50 %.0f ms  p95 %.0f ms  p99 %.0f ms  max %.0f ms",
        millis.length,
        percentile(millis, 0.50),
        percentile(millis, 0.95),
        percentile(millis, 0.99),
        percentile(millis, 1.0));
  }

  static void say(String format, Object... args) {
    System.out.println(args.length == 0 ? format : String.format(format, args));
  }
}

/**
 * The baseline of the view: the same figures (every indicator of the seeded catalogue, per province
 * and for the country, over the year and over the 2021–2025 period) as one hand-written SQL
 * statement over the plan service's fact tables, the way a database engineer would write it: one
 * aggregate per fact table with a FILTER per indicator, grouping sets for provinces and country,
 * the ratios from those counts. Indicators added by an admin are not in it (the bench adds none).
 */
class HandSql {
  private static final String SQL =
      """
      with w(f, t) as (values (?::smallint, ?::smallint), (?::smallint, ?::smallint)),
      cert as (
        select w.f, w.t, c.province_code p,
          count(distinct c.product_id) filter (where c.star_class between 3 and 5) p3plus,
          count(distinct c.product_id) filter (where c.star_class = 3) p3,
          count(distinct c.product_id) filter (where c.star_class = 4) p4,
          count(distinct c.product_id) filter (where c.star_class = 5) p5,
          count(distinct c.product_id) filter (where c.star_class between 4 and 5) p4plus,
          count(distinct c.product_id) filter (where c.star_class >= 3 and c.dossier_kind = 'NEW') pnew,
          count(distinct c.product_id) filter (where c.star_class >= 3 and c.dossier_kind = 'RE_EVALUATION') preeval,
          count(distinct c.product_id) filter (where c.star_class >= 3 and c.dossier_kind = 'UPGRADE') pupgrade,
          count(distinct c.subject_id) filter (where c.star_class >= 3) s,
          count(distinct c.subject_id) filter (where c.star_class >= 3 and s.subject_type = 'COOPERATIVE') scoop,
          count(distinct c.subject_id) filter (where c.star_class >= 3 and s.subject_type = 'COOPERATIVE_GROUP') sgroup,
          count(distinct c.subject_id) filter (where c.star_class >= 3 and s.subject_type = 'ENTERPRISE') sent,
          count(distinct c.subject_id) filter (where c.star_class >= 3 and s.subject_type = 'HOUSEHOLD_BUSINESS') shh
        from w join certificate_fact c on c.year between w.f and w.t
          left join subject_fact s on s.subject_id = c.subject_id
        group by grouping sets ((w.f, w.t, c.province_code), (w.f, w.t))),
      subj as (
        select w.f, w.t, s.province_code p, count(distinct s.subject_id) n
        from w join subject_fact s on s.registered_year between w.f and w.t
        group by grouping sets ((w.f, w.t, s.province_code), (w.f, w.t))),
      idea as (
        select w.f, w.t, i.province_code p, count(distinct i.idea_id) n
        from w join idea_fact i on i.year between w.f and w.t
        group by grouping sets ((w.f, w.t, i.province_code), (w.f, w.t))),
      bplan as (
        select w.f, w.t, b.province_code p, count(distinct b.plan_id) n
        from w join business_plan_fact b on b.approved_year between w.f and w.t
        group by grouping sets ((w.f, w.t, b.province_code), (w.f, w.t))),
      nom as (
        select w.f, w.t, n.province_code p, count(distinct n.product_id) n
        from w join nomination_fact n on n.year between w.f and w.t and n.to_level = 'CENTRAL'
        group by grouping sets ((w.f, w.t, n.province_code), (w.f, w.t))),
      status as (
        select w.f, w.t, c.province_code p,
          count(distinct x.certificate_id) filter (where x.status = 'EXPIRING') expiring,
          count(distinct x.certificate_id) filter (where x.status = 'EXPIRED') expired,
          count(distinct x.certificate_id) filter (where x.status = 'REVOKED') revoked
        from w join certificate_status_fact x on x.year between w.f and w.t
          join certificate_fact c on c.certificate_id = x.certificate_id
        group by grouping sets ((w.f, w.t, c.province_code), (w.f, w.t))),
      promo as (
        select w.f, w.t, m.province_code p,
          count(distinct m.activity_id) filter (where m.kind = 'SALES_POINT') sales,
          count(distinct m.activity_id) filter (where m.kind = 'FAIR') fairs,
          count(distinct m.activity_id) filter (where m.kind = 'ECOMMERCE_LISTING') listings
        from w join promotion_fact m on m.year between w.f and w.t
        group by grouping sets ((w.f, w.t, m.province_code), (w.f, w.t)))
      select f, t, p, v.code, v.value from cert cross join lateral (values
          ('PRODUCTS_3STAR_PLUS', p3plus::numeric), ('PRODUCTS_3STAR', p3), ('PRODUCTS_4STAR', p4),
          ('PRODUCTS_5STAR', p5), ('PRODUCTS_4STAR_PLUS', p4plus), ('PRODUCTS_NEW_3STAR_PLUS', pnew),
          ('PRODUCTS_REEVALUATED_3STAR_PLUS', preeval), ('PRODUCTS_UPGRADED_3STAR_PLUS', pupgrade),
          ('SUBJECTS_PARTICIPATING', s), ('SUBJECTS_PARTICIPATING_COOPERATIVE', scoop),
          ('SUBJECTS_PARTICIPATING_COOPERATIVE_GROUP', sgroup),
          ('SUBJECTS_PARTICIPATING_ENTERPRISE', sent), ('SUBJECTS_PARTICIPATING_HOUSEHOLD', shh),
          ('SHARE_4STAR_PLUS', case when p3plus > 0 then round(p4plus * 100.0 / p3plus, 2) end),
          ('SHARE_COOPERATIVES', case when s > 0 then round(scoop * 100.0 / s, 2) end),
          ('SHARE_ENTERPRISES', case when s > 0 then round(sent * 100.0 / s, 2) end)) v(code, value)
      union all select f, t, p, 'SUBJECTS_NEW', n from subj
      union all select f, t, p, 'IDEAS_REGISTERED', n from idea
      union all select f, t, p, 'BUSINESS_PLANS_APPROVED', n from bplan
      union all select f, t, p, 'PRODUCTS_NOMINATED_5STAR', n from nom
      union all select f, t, p, v.code, v.value from status cross join lateral (values
          ('CERTIFICATES_EXPIRING', expiring::numeric), ('CERTIFICATES_EXPIRED', expired),
          ('CERTIFICATES_REVOKED', revoked)) v(code, value)
      union all select f, t, p, v.code, v.value from promo cross join lateral (values
          ('SALES_POINTS', sales::numeric), ('TRADE_FAIRS', fairs), ('ECOMMERCE_LISTINGS', listings))
          v(code, value)
      """;

  private final PreparedStatement statement;

  HandSql(Connection connection, int year) throws Exception {
    statement = connection.prepareStatement(SQL);
    statement.setInt(1, year);
    statement.setInt(2, year);
    statement.setInt(3, 2021);
    statement.setInt(4, 2025);
  }

  /** "from-to" → "province code, or ALL for the country|indicator" → value. */
  Map<String, Map<String, BigDecimal>> run() throws Exception {
    Map<String, Map<String, BigDecimal>> figures = new HashMap<>();
    try (ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        BigDecimal value = rows.getBigDecimal(5);
        if (value == null) {
          continue;
        }
        String province = rows.getString(3) == null ? "ALL" : rows.getString(3);
        figures
            .computeIfAbsent(rows.getInt(1) + "-" + rows.getInt(2), k -> new HashMap<>())
            .put(province + "|" + rows.getString(4), value);
      }
    }
    return figures;
  }

  /**
   * Every actual the view shows (its provinces' lines and the country's totals) must equal the
   * SQL's for the same province, indicator and window; a count the SQL has no row for is 0.
   */
  static int agree(JsonNode view, Map<String, Map<String, BigDecimal>> figures) {
    int compared = 0;
    List<String[]> differences = new ArrayList<>();
    for (JsonNode row : view.path("provinces")) {
      compared += compare(row.path("provinceCode").asText(), row.path("lines"), figures, differences);
    }
    compared += compare("ALL", view.path("totals"), figures, differences);
    if (!differences.isEmpty()) {
      throw new IllegalStateException(
          differences.size() + " figures differ, e.g. " + String.join(" ", differences.get(0)));
    }
    return compared;
  }

  private static int compare(
      String province,
      JsonNode lines,
      Map<String, Map<String, BigDecimal>> figures,
      List<String[]> differences) {
    int compared = 0;
    for (JsonNode line : lines) {
      if (!line.hasNonNull("actual")) {
        continue;
      }
      String window = line.path("fromYear").asInt() + "-" + line.path("toYear").asInt();
      Map<String, BigDecimal> ofWindow = figures.get(window);
      if (ofWindow == null) {
        continue; // a window the SQL does not compute (not one of the bench's plans)
      }
      String code = line.path("indicatorCode").asText();
      BigDecimal expected = ofWindow.get(province + "|" + code);
      if (expected == null && !code.startsWith("SHARE_")) {
        expected = BigDecimal.ZERO;
      }
      BigDecimal actual = line.path("actual").decimalValue();
      if (expected == null || expected.compareTo(actual) != 0) {
        differences.add(
            new String[] {province, code, window, "view " + actual, "sql " + expected});
      }
      compared++;
    }
    return compared;
  }
}
