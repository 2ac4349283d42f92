package vn.ocop.devstack.scope;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scope matrix: every operation of a service's OpenAPI document × every {@link Actor} × own and
 * foreign {@link Side}, sent for real and checked against the operation's {@link ScopeRule}.
 *
 * <p>The operations come from the running service's document, so an endpoint added without a rule
 * fails the matrix, and so does a rule whose operation is gone. All cells run; the failures are
 * reported together, and every cell is written to {@code target/scope-matrix-<service>.csv}.
 */
public final class ScopeMatrix {
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
  private static final Pattern PARAM = Pattern.compile("\\{([^}/]+)}");

  private final String service;
  private final URI base;
  private final BiFunction<Actor, Side, String> tokens;
  private final Map<String, ScopeRule> rules = new LinkedHashMap<>();
  private final ObjectMapper mapper = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /**
   * @param service a name for the report
   * @param base the service's origin, e.g. {@code http://127.0.0.1:40123}
   * @param tokens a bearer token for an actor bound to the own or foreign side (never called for
   *     {@link Actor#PUBLIC})
   */
  public ScopeMatrix(String service, URI base, BiFunction<Actor, Side, String> tokens) {
    this.service = service;
    this.base = base;
    this.tokens = tokens;
  }

  public ScopeMatrix rule(ScopeRule rule) {
    if (rules.put(rule.operationId(), rule) != null) {
      throw new IllegalArgumentException("two rules for " + rule.operationId());
    }
    return this;
  }

  /** One answer checked. */
  public record Cell(
      String operationId,
      String method,
      String path,
      Actor actor,
      Side side,
      int status,
      String expected,
      String failure) {
    public boolean failed() {
      return failure != null;
    }
  }

  /** Runs every cell and fails with the list of wrong answers (and missing or stale rules). */
  public List<Cell> run() {
    List<Operation> operations = operations();
    List<String> problems = new ArrayList<>();
    Set<String> documented = new TreeSet<>();
    for (Operation operation : operations) {
      documented.add(operation.id());
      if (!rules.containsKey(operation.id())) {
        problems.add(
            "no scope rule for "
                + operation.id()
                + " ("
                + operation.method()
                + " "
                + operation.path()
                + "): add one to the matrix");
      }
    }
    for (String ruled : rules.keySet()) {
      if (!documented.contains(ruled)) {
        problems.add("rule for " + ruled + ", which the OpenAPI document does not have");
      }
    }
    List<Cell> cells = new ArrayList<>();
    for (Operation operation : operations) {
      ScopeRule rule = rules.get(operation.id());
      if (rule != null) {
        runOperation(operation, rule, cells);
      }
    }
    write(cells);
    cells.stream()
        .filter(Cell::failed)
        .forEach(
            c ->
                problems.add(
                    String.format(
                        "%s %s %s as %s/%s: got %d, expected %s%s",
                        c.operationId(),
                        c.method(),
                        c.path(),
                        c.actor(),
                        c.side(),
                        c.status(),
                        c.expected(),
                        c.failure().isEmpty() ? "" : " (" + c.failure() + ")")));
    System.out.printf(
        "scope matrix %s: %d operations, %d cells, %d problems%n",
        service, operations.size(), cells.size(), problems.size());
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "scope matrix of "
              + service
              + ": "
              + problems.size()
              + " problems\n  "
              + String.join("\n  ", problems));
    }
    return cells;
  }

  private void runOperation(Operation operation, ScopeRule rule, List<Cell> cells) {
    Call shared = null;
    List<Actor> order = new ArrayList<>();
    // Refused callers first and the own side last: an allowed call may change the record.
    order.add(Actor.PUBLIC);
    for (Actor actor : Actor.values()) {
      if (actor != Actor.PUBLIC && !rule.allows(actor)) {
        order.add(actor);
      }
    }
    List<Actor> allowed = new ArrayList<>();
    for (Actor actor : Actor.values()) {
      if (actor != Actor.PUBLIC && rule.allows(actor)) {
        allowed.add(actor);
      }
    }
    List<Object[]> plan = new ArrayList<>();
    for (Actor actor : order) {
      plan.add(new Object[] {actor, Side.OWN});
      if (!actor.isNational() && actor != Actor.PUBLIC) {
        plan.add(new Object[] {actor, Side.FOREIGN});
      }
    }
    for (Actor actor : allowed) {
      if (!actor.isNational()) {
        plan.add(new Object[] {actor, Side.FOREIGN});
      }
    }
    for (Actor actor : allowed) {
      if (actor.isNational()) {
        plan.add(new Object[] {actor, Side.OWN});
      }
    }
    for (Actor actor : allowed) {
      if (!actor.isNational()) {
        plan.add(new Object[] {actor, Side.OWN});
      }
    }
    for (Object[] step : plan) {
      Actor actor = (Actor) step[0];
      Side side = (Side) step[1];
      Call call;
      try {
        if (rule.isFresh() || shared == null) {
          call = rule.newCall();
          if (!rule.isFresh()) {
            shared = call;
          }
        } else {
          call = shared;
        }
      } catch (RuntimeException e) {
        cells.add(
            new Cell(
                operation.id(),
                operation.method(),
                operation.path(),
                actor,
                side,
                0,
                "a request",
                "the rule's call failed: " + e));
        continue;
      }
      cells.add(send(operation, rule, call, actor, side));
    }
  }

  private Cell send(Operation operation, ScopeRule rule, Call call, Actor actor, Side side) {
    String expected;
    Set<Integer> exact = rule.override(actor, side);
    if (exact != null) {
      expected = "one of " + new TreeSet<>(exact);
    } else if (actor == Actor.PUBLIC) {
      expected = rule.isPublic() ? "not 401/403/5xx" : "401";
    } else if (!rule.allows(actor)) {
      expected = "403";
    } else if (side == Side.FOREIGN && rule.isScoped()) {
      expected = "404";
    } else if (side == Side.FOREIGN) {
      expected = "not 401/403/5xx";
    } else {
      expected = "not 401/403/404/5xx";
    }
    String uri;
    try {
      uri = uri(operation, call);
    } catch (IllegalArgumentException e) {
      return new Cell(
          operation.id(),
          operation.method(),
          operation.path(),
          actor,
          side,
          0,
          expected,
          e.getMessage());
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(uri))
            .timeout(Duration.ofSeconds(60))
            .header(
                "X-Request-Id",
                ("matrix-" + operation.id() + "-" + actor + "-" + side).toLowerCase(Locale.ROOT));
    if (actor != Actor.PUBLIC) {
      request.header("Authorization", "Bearer " + tokens.apply(actor, side));
    }
    byte[] body = call.body();
    String contentType = call.contentType();
    if (body == null && operation.example() != null) {
      body = operation.example();
      contentType = operation.contentType();
    }
    if (body != null) {
      request.header("Content-Type", contentType);
      request.method(
          operation.method().toUpperCase(Locale.ROOT),
          HttpRequest.BodyPublishers.ofByteArray(body));
    } else {
      request.method(
          operation.method().toUpperCase(Locale.ROOT), HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    int status = response.statusCode();
    String failure = null;
    if (exact != null) {
      failure = exact.contains(status) ? null : "";
    } else if (status >= 500) {
      failure = "a server error: " + abbreviate(response.body());
    } else if (actor == Actor.PUBLIC) {
      failure =
          rule.isPublic() ? (status == 401 || status == 403 ? "" : null) : status(status, 401);
    } else if (!rule.allows(actor)) {
      failure = status(status, 403);
    } else if (side == Side.FOREIGN && rule.isScoped()) {
      failure = status(status, 404);
    } else if (side == Side.FOREIGN) {
      failure = status == 401 || status == 403 ? "" : null;
    } else {
      failure =
          status == 401 || status == 403 || status == 404 ? abbreviate(response.body()) : null;
    }
    if (failure == null
        && side == Side.FOREIGN
        && !actor.isNational()
        && call.marker() != null
        && response.body().contains(call.marker())) {
      failure = "the foreign answer shows the own record " + call.marker();
    }
    return new Cell(
        operation.id(),
        operation.method(),
        operation.path(),
        actor,
        side,
        status,
        expected,
        failure);
  }

  private static String status(int status, int expected) {
    return status == expected ? null : "";
  }

  private static String abbreviate(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }

  private String uri(Operation operation, Call call) {
    Matcher m = PARAM.matcher(operation.path());
    StringBuilder path = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value = call.pathParams().get(name);
      if (value == null) {
        value = operation.pathExamples().get(name);
      }
      if (value == null) {
        throw new IllegalArgumentException("the rule gives no value for {" + name + "}");
      }
      m.appendReplacement(
          path,
          Matcher.quoteReplacement(
              URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")));
    }
    m.appendTail(path);
    StringBuilder query = new StringBuilder(call.query());
    for (Map.Entry<String, String> required : operation.requiredQuery().entrySet()) {
      if (!hasParameter(call.query(), required.getKey())) {
        if (query.length() > 0) {
          query.append('&');
        }
        query
            .append(required.getKey())
            .append('=')
            .append(URLEncoder.encode(required.getValue(), StandardCharsets.UTF_8));
      }
    }
    return base + path.toString() + (query.length() == 0 ? "" : "?" + query);
  }

  private static boolean hasParameter(String query, String name) {
    for (String pair : query.split("&")) {
      if (pair.equals(name) || pair.startsWith(name + "=")) {
        return true;
      }
    }
    return false;
  }

  private record Operation(
      String id,
      String method,
      String path,
      Map<String, String> pathExamples,
      Map<String, String> requiredQuery,
      String contentType,
      byte[] example) {}

  private List<Operation> operations() {
    JsonNode document;
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/q/openapi?format=json")).build(),
              HttpResponse.BodyHandlers.ofString());
      document = mapper.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    List<Operation> operations = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
      while (methods.hasNext()) {
        Map.Entry<String, JsonNode> method = methods.next();
        if (METHODS.contains(method.getKey())) {
          operations.add(
              operation(path.getKey(), method.getKey(), method.getValue(), path.getValue()));
        }
      }
    }
    return operations;
  }

  private Operation operation(String path, String method, JsonNode node, JsonNode pathItem) {
    String id = node.path("operationId").asText(method.toUpperCase(Locale.ROOT) + " " + path);
    Map<String, String> pathExamples = new LinkedHashMap<>();
    Map<String, String> requiredQuery = new LinkedHashMap<>();
    List<JsonNode> parameters = new ArrayList<>();
    pathItem.path("parameters").forEach(parameters::add);
    node.path("parameters").forEach(parameters::add);
    for (JsonNode parameter : parameters) {
      String example = example(parameter);
      String in = parameter.path("in").asText();
      if (example == null) {
        continue;
      }
      if (in.equals("path")) {
        pathExamples.put(parameter.path("name").asText(), example);
      } else if (in.equals("query") && parameter.path("required").asBoolean(false)) {
        requiredQuery.put(parameter.path("name").asText(), example);
      }
    }
    String contentType = null;
    byte[] body = null;
    JsonNode content = node.path("requestBody").path("content");
    if (content.isObject() && content.size() > 0) {
      contentType =
          content.has("application/json") ? "application/json" : content.fieldNames().next();
      JsonNode media = content.path(contentType);
      JsonNode example = media.get("example");
      if (example == null && media.path("examples").size() > 0) {
        example = media.path("examples").elements().next().get("value");
      }
      if (example != null && !example.isNull()) {
        body =
            example.isTextual() && !contentType.contains("json")
                ? example.asText().getBytes(StandardCharsets.UTF_8)
                : jsonBytes(example);
      }
    }
    return new Operation(id, method, path, pathExamples, requiredQuery, contentType, body);
  }

  /** A JSON example given as a string (as the annotations do) is sent as that JSON text. */
  private byte[] jsonBytes(JsonNode example) {
    if (example.isTextual()) {
      return example.asText().getBytes(StandardCharsets.UTF_8);
    }
    try {
      return mapper.writeValueAsBytes(example);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String example(JsonNode parameter) {
    JsonNode value = parameter.get("example");
    if (value == null) {
      value = parameter.path("schema").get("example");
    }
    if (value == null) {
      value = parameter.path("schema").get("default");
    }
    if (value == null && parameter.path("examples").size() > 0) {
      value = parameter.path("examples").elements().next().get("value");
    }
    return value == null || value.isNull() ? null : value.asText();
  }

  private void write(List<Cell> cells) {
    StringBuilder csv = new StringBuilder("operation,method,path,actor,side,status,expected,ok\n");
    for (Cell c : cells) {
      csv.append(
          String.join(
              ",",
              c.operationId(),
              c.method().toUpperCase(Locale.ROOT),
              c.path(),
              c.actor().name(),
              c.side().name(),
              Integer.toString(c.status()),
              "\"" + c.expected() + "\"",
              c.failed() ? "no" : "yes"));
      csv.append('\n');
    }
    try {
      Path target = Path.of("target");
      Files.createDirectories(target);
      Files.writeString(target.resolve("scope-matrix-" + service + ".csv"), csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
