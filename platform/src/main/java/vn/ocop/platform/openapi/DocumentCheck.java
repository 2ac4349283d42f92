package vn.ocop.platform.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks each service's {@code OpenApiDocumentTest} runs on the document it serves: that it is
 * the committed {@code openapi/<service>.yaml} (so every API change is reviewed as a diff and the
 * SDKs are generated from what runs), and that every operation is documented completely. In main
 * rather than a test jar because the platform publishes none; it has no test-framework dependency
 * and signals failure with {@link AssertionError}.
 */
public final class DocumentCheck {
  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final Pattern OPERATION_ID = Pattern.compile("[a-z][A-Za-z0-9]*");
  private static final String PROBLEM = "application/problem+json";
  private static final int CONTEXT = 5;

  private DocumentCheck() {}

  /** The committed document of a service, from a test's working directory (its module). */
  public static Path committed(String service) {
    return Path.of("..", "openapi", service + ".yaml");
  }

  /** The document the build wrote, from a test's working directory (its module). */
  public static Path stored() {
    return Path.of("target", "openapi", "openapi.yaml");
  }

  /**
   * Fails, showing the first differing lines, when the document the build wrote is not the
   * committed one, or when the served document is not the one the build wrote. The served text is
   * compared as data: the server writes decimals without trailing zeros ({@code 78.5} for {@code
   * 78.50}).
   */
  public static void assertSameAsCommitted(String served, String service) {
    String committed = read(committed(service));
    String built = read(stored());
    String difference = firstDifference(committed, built);
    if (difference != null) {
      throw new AssertionError(
          "The OpenAPI document differs from openapi/"
              + service
              + ".yaml.\n"
              + difference
              + "\nIf the change is intended, copy target/openapi/openapi.yaml to openapi/"
              + service
              + ".yaml and review the diff.");
    }
    if (!canonical(parse(built)).equals(canonical(parse(served)))) {
      throw new AssertionError(
          "The served document (/q/openapi) is not the one the build wrote to "
              + stored()
              + ":\n"
              + firstDifference(built, served));
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file.toAbsolutePath().normalize(), e);
    }
  }

  /** Maps, lists, strings, booleans and numbers without trailing zeros: data, not formatting. */
  static Object canonical(JsonNode node) {
    if (node.isObject()) {
      Map<String, Object> map = new java.util.TreeMap<>();
      node.fields().forEachRemaining(e -> map.put(e.getKey(), canonical(e.getValue())));
      return map;
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.forEach(item -> list.add(canonical(item)));
      return list;
    }
    if (node.isNumber()) {
      return node.decimalValue().stripTrailingZeros();
    }
    return node.isNull() ? "null" : node.asText();
  }

  /** The first differing line and its surroundings in both texts, or null when they are equal. */
  static String firstDifference(String committed, String served) {
    List<String> expected = committed.strip().lines().toList();
    List<String> actual = served.strip().lines().toList();
    int line = 0;
    while (line < expected.size()
        && line < actual.size()
        && expected.get(line).stripTrailing().equals(actual.get(line).stripTrailing())) {
      line++;
    }
    if (line == expected.size() && line == actual.size()) {
      return null;
    }
    return "First difference at line "
        + (line + 1)
        + ":\n--- committed\n"
        + excerpt(expected, line)
        + "+++ served\n"
        + excerpt(actual, line);
  }

  private static String excerpt(List<String> lines, int from) {
    StringBuilder out = new StringBuilder();
    int start = Math.max(0, from - 2);
    for (int i = start; i < Math.min(lines.size(), from + CONTEXT); i++) {
      out.append(i == from ? "> " : "  ")
          .append(i + 1)
          .append(": ")
          .append(lines.get(i))
          .append('\n');
    }
    if (from >= lines.size()) {
      out.append("> (end of document)\n");
    }
    return out.toString();
  }

  /**
   * Fails, listing every gap, unless each operation has an explicit operationId, a tag, a summary,
   * a description, an example on every body (binary files excepted), and a problem+json body with
   * the Problem schema on every 4xx and 5xx answer.
   *
   * @param ownErrorFormat operations whose errors follow another standard (the OAuth 2 token
   *     endpoint answers RFC 6749 §5.2 JSON); their 4xx answers are not held to problem+json
   */
  public static void assertComplete(String document, Set<String> ownErrorFormat) {
    List<String> gaps = gaps(document, ownErrorFormat);
    if (!gaps.isEmpty()) {
      throw new AssertionError(
          gaps.size() + " gaps in the OpenAPI document:\n  " + String.join("\n  ", gaps));
    }
  }

  static List<String> gaps(String document, Set<String> ownErrorFormat) {
    JsonNode root = parse(document);
    JsonNode schemas = root.path("components").path("schemas");
    List<String> gaps = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (String method : METHODS) {
        JsonNode operation = path.getValue().get(method);
        if (operation == null) {
          continue;
        }
        String name = method.toUpperCase() + " " + path.getKey();
        String id = operation.path("operationId").asText("");
        if (!OPERATION_ID.matcher(id).matches()) {
          gaps.add(name + ": no explicit operationId (lowerCamelCase)");
        } else if (!ids.add(id)) {
          gaps.add(name + ": operationId " + id + " is used twice");
        }
        if (!operation.path("tags").isArray() || operation.path("tags").isEmpty()) {
          gaps.add(name + ": no tag");
        }
        for (String text : List.of("summary", "description")) {
          if (operation.path(text).asText("").isBlank()) {
            gaps.add(name + ": no " + text);
          }
        }
        checkExamples(
            name + " request body", operation.path("requestBody").path("content"), schemas, gaps);
        Iterator<Map.Entry<String, JsonNode>> responses = operation.path("responses").fields();
        while (responses.hasNext()) {
          Map.Entry<String, JsonNode> response = responses.next();
          String where = name + " " + response.getKey();
          JsonNode content = response.getValue().path("content");
          checkExamples(where, content, schemas, gaps);
          if (response.getKey().matches("[45]\\d\\d") && !ownErrorFormat.contains(id)) {
            JsonNode problem = content.path(PROBLEM);
            if (problem.isMissingNode()) {
              gaps.add(where + ": not " + PROBLEM);
            } else if (!problemShaped(problem.path("schema"), schemas)) {
              gaps.add(where + ": " + PROBLEM + " without the Problem schema");
            }
          }
        }
      }
    }
    return gaps;
  }

  private static void checkExamples(
      String where, JsonNode content, JsonNode schemas, List<String> gaps) {
    Iterator<Map.Entry<String, JsonNode>> media = content.fields();
    while (media.hasNext()) {
      Map.Entry<String, JsonNode> type = media.next();
      JsonNode body = type.getValue();
      boolean example = body.has("example") || body.path("examples").size() > 0;
      if (!example && !binary(body.path("schema"), schemas)) {
        gaps.add(where + " " + type.getKey() + ": no example");
      }
    }
  }

  /**
   * The Problem schema, or one that extends it with more members (a rejected import's row report):
   * it has every member of Problem.
   */
  private static boolean problemShaped(JsonNode schema, JsonNode schemas) {
    String ref = schema.path("$ref").asText("");
    if (!ref.startsWith(SchemaExamples.REF_PREFIX)) {
      return false;
    }
    JsonNode problem = schemas.path("Problem").path("properties");
    JsonNode properties =
        schemas.path(ref.substring(SchemaExamples.REF_PREFIX.length())).path("properties");
    Iterator<String> names = problem.fieldNames();
    if (!names.hasNext()) {
      return false;
    }
    while (names.hasNext()) {
      if (!properties.has(names.next())) {
        return false;
      }
    }
    return true;
  }

  /** A file body (format binary) has no meaningful text example. */
  private static boolean binary(JsonNode schema, JsonNode schemas) {
    JsonNode resolved = schema;
    String ref = schema.path("$ref").asText("");
    if (ref.startsWith(SchemaExamples.REF_PREFIX)) {
      resolved = schemas.path(ref.substring(SchemaExamples.REF_PREFIX.length()));
    }
    String format = resolved.path("format").asText("");
    return format.equals("binary") || format.equals("byte");
  }

  static JsonNode parse(String document) {
    try {
      return new ObjectMapper(new YAMLFactory()).readTree(document);
    } catch (IOException e) {
      throw new AssertionError("The OpenAPI document is not YAML: " + e.getMessage(), e);
    }
  }
}
