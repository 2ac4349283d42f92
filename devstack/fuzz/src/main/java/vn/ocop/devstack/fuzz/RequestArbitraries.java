package vn.ocop.devstack.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries of requests for the operations of a document: the documented shape with one or
 * more things wrong (parameters, token, body fields, the body itself), and now and then the
 * documented shape itself.
 */
public final class RequestArbitraries {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String AUTHORIZATION = "Authorization";
  private static final int MAX_ENCODED = 300;

  private final Callers callers;
  private final Map<String, List<String>> known;

  /**
   * @param known real values by parameter or field name ({@code id}), or by the path segment before
   *     the parameter and its name ({@code subjects/{id}}), which win: seeded records to aim at
   */
  public RequestArbitraries(Callers callers, Map<String, List<String>> known) {
    this.callers = callers;
    this.known = Map.copyOf(known);
  }

  /** Requests for all the operations, writes twice as often as reads. */
  public Arbitrary<FuzzRequest> requests(List<Operation> operations) {
    List<Tuple.Tuple2<Integer, Arbitrary<FuzzRequest>>> weighted = new ArrayList<>();
    for (Operation operation : operations) {
      weighted.add(Tuple.of(operation.writes() ? 2 : 1, forOperation(operation)));
    }
    return Arbitraries.frequencyOf(weighted);
  }

  public Arbitrary<FuzzRequest> forOperation(Operation operation) {
    return Combinators.combine(
            path(operation), query(operation), authorization(operation), body(operation), accept())
        .as(
            (path, query, auth, body, accept) -> {
              List<String> mutations = new ArrayList<>();
              mutations.addAll(path.mutations());
              mutations.addAll(query.mutations());
              mutations.addAll(auth.mutations());
              mutations.addAll(body.mutations());
              mutations.addAll(accept.mutations());
              Map<String, String> headers = new LinkedHashMap<>();
              if (auth.value() != null) {
                headers.put(AUTHORIZATION, auth.value());
              }
              if (accept.value() != null) {
                headers.put("Accept", accept.value());
              }
              return new FuzzRequest(
                  operation,
                  path.value(),
                  query.value(),
                  headers,
                  body.contentType(),
                  body.bytes(),
                  List.copyOf(mutations));
            });
  }

  /** A value and what is wrong with it, if anything. */
  record Part(String value, List<String> mutations) {
    static Part ok(String value) {
      return new Part(value, List.of());
    }

    static Part wrong(String value, String mutation) {
      return new Part(value, List.of(mutation));
    }
  }

  record BodyPart(String contentType, byte[] bytes, List<String> mutations) {}

  // --- path -------------------------------------------------------------------------------

  private Arbitrary<Part> path(Operation operation) {
    if (operation.pathParameters().isEmpty()) {
      return Arbitraries.just(Part.ok(operation.path()));
    }
    List<Arbitrary<Part>> values = new ArrayList<>();
    for (Operation.Parameter parameter : operation.pathParameters()) {
      values.add(pathValue(operation.path(), parameter));
    }
    return Combinators.combine(values)
        .as(
            parts -> {
              String path = operation.path();
              List<String> mutations = new ArrayList<>();
              for (int i = 0; i < parts.size(); i++) {
                path =
                    path.replace(
                        "{" + operation.pathParameters().get(i).name() + "}",
                        Encoding.segment(parts.get(i).value()));
                mutations.addAll(parts.get(i).mutations());
              }
              return new Part(path, mutations);
            });
  }

  private Arbitrary<Part> pathValue(String template, Operation.Parameter parameter) {
    List<String> real = knownFor(template, parameter.name());
    String name = parameter.name();
    Arbitrary<Part> valid =
        real.isEmpty()
            ? Arbitraries.just(Part.ok(SchemaValues.validText(parameter.schema())))
            : Arbitraries.of(real).map(Part::ok);
    return Arbitraries.frequencyOf(
            Tuple.of(6, valid),
            Tuple.of(2, Junk.uuids().map(v -> Part.wrong(v, "path:" + name + ":unknown-uuid"))),
            Tuple.of(
                2,
                SchemaValues.outside(parameter.schema())
                    .map(v -> Part.wrong(text(v), "path:" + name + ":outside"))),
            Tuple.of(
                1,
                Arbitraries.of("...", "%2e%2e%2f", "..%2F..%2Fetc%2Fpasswd", "x/../../q", "~root")
                    .map(v -> Part.wrong(v, "path:" + name + ":traversal"))),
            Tuple.of(1, Junk.strings().map(v -> Part.wrong(v, "path:" + name + ":junk"))))
        // An empty, "." or ".." segment is another route, not a value of this parameter; and the
        // HTTP server refuses a request line over 4 KB before the application sees it.
        .filter(p -> !p.value().isBlank() && !p.value().equals(".") && !p.value().equals(".."))
        .filter(p -> Encoding.segment(p.value()).length() <= MAX_ENCODED);
  }

  // --- query ------------------------------------------------------------------------------

  private Arbitrary<Part> query(Operation operation) {
    List<Arbitrary<Part>> values = new ArrayList<>();
    for (Operation.Parameter parameter : operation.queryParameters()) {
      values.add(queryValue(operation.path(), parameter));
    }
    values.add(
        Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.just(Part.ok(""))),
            Tuple.of(
                1,
                Junk.strings()
                    .map(v -> Part.wrong("unknownParam=" + Encoding.query(v), "query:unknown"))
                    .filter(p -> p.value().length() <= MAX_ENCODED)),
            Tuple.of(
                1,
                Arbitraries.of("=&&=", "page=1&page=2", "%00=%00", "a[]=1&a[]=2", "&")
                    .map(v -> Part.wrong(v, "query:malformed")))));
    return Combinators.combine(values)
        .as(
            parts -> {
              List<String> pairs = new ArrayList<>();
              List<String> mutations = new ArrayList<>();
              for (Part part : parts) {
                if (!part.value().isEmpty()) {
                  pairs.add(part.value());
                }
                mutations.addAll(part.mutations());
              }
              return new Part(String.join("&", pairs), mutations);
            });
  }

  private Arbitrary<Part> queryValue(String template, Operation.Parameter parameter) {
    String name = parameter.name();
    String key = Encoding.query(name) + "=";
    List<String> real = knownFor(template, name);
    Arbitrary<Part> valid =
        real.isEmpty()
            ? Arbitraries.just(
                Part.ok(key + Encoding.query(SchemaValues.validText(parameter.schema()))))
            : Arbitraries.of(real).map(v -> Part.ok(key + Encoding.query(v)));
    Arbitrary<Part> absent =
        Arbitraries.just(
            parameter.required() ? Part.wrong("", "query:" + name + ":missing") : Part.ok(""));
    return Arbitraries.frequencyOf(
            Tuple.of(5, absent),
            Tuple.of(3, valid),
            Tuple.of(
                3,
                SchemaValues.outside(parameter.schema())
                    .map(
                        v ->
                            Part.wrong(
                                key + Encoding.query(text(v)), "query:" + name + ":outside"))),
            Tuple.of(
                1,
                Arbitraries.of("", "true", "-1", "1.5", "[]", "{}")
                    .map(
                        v -> Part.wrong(key + Encoding.query(v), "query:" + name + ":wrong-type"))))
        .filter(p -> p.value().length() <= MAX_ENCODED);
  }

  // --- authorization ----------------------------------------------------------------------

  private Arbitrary<Part> authorization(Operation operation) {
    Map<String, String> invalid = Callers.invalid();
    List<Tuple.Tuple2<Integer, Arbitrary<Part>>> choices = new ArrayList<>();
    Arbitrary<Part> allowed = Arbitraries.of(callers.allowed()).map(t -> Part.ok("Bearer " + t));
    Arbitrary<Part> bad =
        Arbitraries.of(new ArrayList<>(invalid.entrySet()))
            .map(e -> Part.wrong(e.getValue(), "auth:" + e.getKey()));
    Arbitrary<Part> none =
        Arbitraries.just(operation.secured() ? Part.wrong(null, "auth:none") : Part.ok(null));
    if (operation.secured()) {
      choices.add(Tuple.of(14, allowed));
      if (!callers.others().isEmpty()) {
        choices.add(
            Tuple.of(
                3,
                Arbitraries.of(callers.others())
                    .map(t -> Part.wrong("Bearer " + t, "auth:other-role"))));
      }
      choices.add(Tuple.of(2, bad));
      choices.add(Tuple.of(1, none));
    } else {
      choices.add(Tuple.of(6, none));
      choices.add(Tuple.of(2, allowed));
      choices.add(Tuple.of(1, bad));
    }
    return Arbitraries.frequencyOf(choices);
  }

  /**
   * No Accept header, or one that takes anything. An Accept the operation cannot produce is
   * answered 406 problem+json, which no operation documents yet: left out until it is.
   */
  private Arbitrary<Part> accept() {
    return Arbitraries.frequencyOf(
        Tuple.of(30, Arbitraries.just(Part.ok(null))),
        Tuple.of(1, Arbitraries.of("*/*", "*/*;q=0.1, text/plain;q=0.01").map(Part::ok)));
  }

  // --- body -------------------------------------------------------------------------------

  private Arbitrary<BodyPart> body(Operation operation) {
    Operation.Body body = operation.body();
    if (body == null) {
      if (!operation.writes()) {
        return Arbitraries.just(new BodyPart(null, null, List.of()));
      }
      return Arbitraries.frequencyOf(
          Tuple.of(6, Arbitraries.just(new BodyPart(null, null, List.of()))),
          Tuple.of(
              1,
              Arbitraries.of("{\"unexpected\":true}", "[", "\u0000", "x".repeat(5000))
                  .map(
                      v -> new BodyPart("application/json", utf8(v), List.of("body:unexpected")))));
    }
    if (!body.json()) {
      return binaryBody(body);
    }
    List<JsonNode> examples = new ArrayList<>();
    for (JsonNode documented :
        body.examples().isEmpty() ? List.of(SchemaValues.valid(body.schema())) : body.examples()) {
      examples.add(pinned(documented.deepCopy()));
    }
    String json = "application/json";
    Arbitrary<JsonNode> example = Arbitraries.of(examples).map(JsonNode::deepCopy);
    return Arbitraries.frequencyOf(
        Tuple.of(2, example.map(e -> new BodyPart(json, bytes(e), List.of()))),
        Tuple.of(
            14,
            Combinators.combine(example, fieldMutations(body.schema()))
                .as(
                    (e, mutations) -> {
                      List<String> labels = new ArrayList<>();
                      for (FieldMutation mutation : mutations) {
                        labels.add(mutation.apply(e, body.schema()));
                      }
                      return new BodyPart(json, bytes(e), labels);
                    })),
        Tuple.of(
            2,
            Arbitraries.of(
                    "{",
                    "{\"a\":",
                    "{\"a\":1,}",
                    "[1,2",
                    "nul",
                    "{'single':'quotes'}",
                    "\"\\u12\"",
                    "{\"a\":1}{\"b\":2}",
                    "{\"a\":NaN}",
                    "\uFEFF{}",
                    "{\"deep\":" + "[".repeat(5000))
                .map(v -> new BodyPart(json, utf8(v), List.of("body:malformed-json")))),
        Tuple.of(
            1,
            Arbitraries.of("null", "[]", "\"text\"", "42", "true", "[{}]")
                .map(v -> new BodyPart(json, utf8(v), List.of("body:wrong-top-type")))),
        Tuple.of(
            1,
            Arbitraries.just(
                new BodyPart(
                    json,
                    new byte[0],
                    List.of(body.required() ? "body:empty" : "body:empty-optional")))),
        Tuple.of(
            1,
            Combinators.combine(
                    example,
                    Arbitraries.of(
                        "text/plain",
                        "application/xml",
                        "application/x-www-form-urlencoded",
                        "multipart/form-data; boundary=fuzz",
                        "application/octet-stream"))
                .as((e, type) -> new BodyPart(type, bytes(e), List.of("body:wrong-content-type")))),
        Tuple.of(
            1,
            example.map(
                e ->
                    new BodyPart(
                        "application/json; charset=UTF-16",
                        bytes(e),
                        List.of("body:wrong-charset")))));
  }

  private Arbitrary<BodyPart> binaryBody(Operation.Body body) {
    Arbitrary<String> documentedType = Arbitraries.of(body.mediaTypes());
    Arbitrary<byte[]> junk =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just(new byte[0])),
            Tuple.of(2, Arbitraries.bytes().array(byte[].class).ofMaxSize(2000)),
            Tuple.of(2, Junk.strings().map(RequestArbitraries::utf8)),
            Tuple.of(
                2,
                Arbitraries.of(
                        "a,b,c\n1,2,3\n",
                        "\uFEFF;;;\n\"unterminated",
                        "PK\u0003\u0004garbage-not-a-zip",
                        "name\n" + "x,".repeat(3000))
                    .map(RequestArbitraries::utf8)));
    return Arbitraries.frequencyOf(
        Tuple.of(
            4,
            Combinators.combine(documentedType, junk)
                .as((type, bytes) -> new BodyPart(type, bytes, List.of("body:junk-file")))),
        Tuple.of(
            1,
            Combinators.combine(Arbitraries.of("application/json", "text/plain", "image/png"), junk)
                .as(
                    (type, bytes) ->
                        new BodyPart(type, bytes, List.of("body:wrong-content-type")))));
  }

  /** One to three changes to fields of a JSON body. */
  private Arbitrary<List<FieldMutation>> fieldMutations(Schema<?> schema) {
    List<FieldPath> fields = FieldPath.all(schema);
    Arbitrary<FieldMutation> one =
        fields.isEmpty()
            ? extraField()
            : Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.of(fields).flatMap(this::mutationOf)),
                Tuple.of(1, extraField()));
    return one.list().ofMinSize(1).ofMaxSize(3);
  }

  private Arbitrary<FieldMutation> extraField() {
    return Combinators.combine(
            Arbitraries.of("unexpected", "id", "createdAt", "version", "__proto__", "ê"),
            Junk.strings())
        .as(
            (name, value) ->
                FieldMutation.set(FieldPath.root(name), NODES.textNode(value), "body:extra-field"));
  }

  private Arbitrary<FieldMutation> mutationOf(FieldPath field) {
    List<String> real =
        known.getOrDefault("body:" + field.name(), known.getOrDefault(field.name(), List.of()));
    List<Tuple.Tuple2<Integer, Arbitrary<FieldMutation>>> choices = new ArrayList<>();
    choices.add(Tuple.of(2, Arbitraries.just(FieldMutation.remove(field))));
    choices.add(
        Tuple.of(2, Arbitraries.just(FieldMutation.set(field, NODES.nullNode(), "body:null"))));
    choices.add(
        Tuple.of(
            2,
            Arbitraries.of(Junk.wrongTypes())
                .filter(v -> !sameType(v, field.schema()))
                .map(v -> FieldMutation.set(field, v, "body:wrong-type"))));
    choices.add(
        Tuple.of(
            4,
            SchemaValues.outside(field.schema())
                .map(v -> FieldMutation.set(field, v, "body:outside"))));
    if (!real.isEmpty()) {
      choices.add(
          Tuple.of(
              1,
              Arbitraries.of(real)
                  .map(v -> FieldMutation.set(field, NODES.textNode(v), "body:real-value"))));
    }
    return Arbitraries.frequencyOf(choices);
  }

  private static boolean sameType(JsonNode value, Schema<?> schema) {
    return switch (SchemaValues.type(schema)) {
      case "string" -> value.isTextual();
      case "integer", "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "array" -> value.isArray();
      case "object" -> value.isObject();
      default -> false;
    };
  }

  /**
   * The example with the fields the test pins ({@code body:<field>} in the known values) set: so
   * that a documented example naming, say, a real account does not lock it out.
   */
  private JsonNode pinned(JsonNode example) {
    if (example instanceof ObjectNode object) {
      known.forEach(
          (key, values) -> {
            String field = key.startsWith("body:") ? key.substring(5) : null;
            if (field != null && object.has(field) && !values.isEmpty()) {
              object.put(field, values.get(0));
            }
          });
    }
    return example;
  }

  private List<String> knownFor(String template, String name) {
    String marker = "/{" + name + "}";
    int at = template.indexOf(marker);
    if (at > 0) {
      String before = template.substring(0, at);
      String segment = before.substring(before.lastIndexOf('/') + 1);
      List<String> values = known.get(segment + "/{" + name + "}");
      if (values != null) {
        return values;
      }
    }
    return known.getOrDefault(name, List.of());
  }

  private static String text(JsonNode value) {
    return value.isValueNode() ? value.asText() : value.toString();
  }

  private static byte[] bytes(JsonNode json) {
    try {
      return JSON.writeValueAsBytes(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A change to one field of a body: removed, or set to another value. */
  record FieldMutation(FieldPath field, JsonNode value, String label) {
    static FieldMutation remove(FieldPath field) {
      return new FieldMutation(field, null, field.required() ? "body:drop-required" : "body:drop");
    }

    static FieldMutation set(FieldPath field, JsonNode value, String label) {
      return new FieldMutation(field, value, label);
    }

    /** Changes the body in place and says what was changed. */
    String apply(JsonNode body, Schema<?> schema) {
      if (!(body instanceof ObjectNode root)) {
        return label + ":skipped";
      }
      ObjectNode parent = root;
      List<String> names = field.names();
      for (int i = 0; i < names.size() - 1; i++) {
        JsonNode next = parent.get(names.get(i));
        if (next instanceof com.fasterxml.jackson.databind.node.ArrayNode array
            && !array.isEmpty()) {
          next = array.get(0);
        }
        if (!(next instanceof ObjectNode object)) {
          return label + ":skipped";
        }
        parent = object;
      }
      String last = names.get(names.size() - 1);
      if (value == null) {
        parent.remove(last);
      } else {
        parent.set(last, value.deepCopy());
      }
      return label;
    }
  }
}
