package vn.ocop.platform.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.problem.Problem;

/**
 * The error answers every operation can get from the platform ({@code ProblemMappers}), added to
 * its responses so that resources declare only their own: 400 when it takes parameters or a body,
 * 401 and 403 when it is secured, 404 when its path names a record, 415 when it takes a body. An
 * answer the operation declares keeps its description; it gets the problem+json content and an
 * example body when it has none.
 */
final class ProblemResponses {
  static final String PROBLEM_REF = SchemaExamples.REF_PREFIX + "Problem";

  static final String BAD_REQUEST_WITH_BODY =
      "The body is not JSON or has a value of the wrong type (MALFORMED_REQUEST), or a field breaks"
          + " a rule (VALIDATION_FAILED); errors[] names each field and rule";
  static final String BAD_REQUEST =
      "A parameter breaks a rule (VALIDATION_FAILED); errors[] names each field and rule";
  static final String UNAUTHENTICATED =
      "No valid bearer token: none, expired, or not signed by the gateway (UNAUTHENTICATED)";
  static final String FORBIDDEN = "The caller's role does not allow this operation (FORBIDDEN)";
  static final String NOT_FOUND =
      "No such record, or one outside the caller's province or subject scope: its existence is not"
          + " disclosed (NOT_FOUND)";
  static final String UNSUPPORTED_MEDIA_TYPE =
      "The body is not of a media type the operation reads (UNSUPPORTED_MEDIA_TYPE)";

  /** What Quarkus writes when it adds these answers itself: placeholders, replaced by ours. */
  private static final Set<String> PLACEHOLDERS =
      Set.of("Bad Request", "Not Authorized", "Not Allowed");

  private static final Pattern FIELD_NAMED =
      Pattern.compile("\\bfield ([A-Za-z][\\w.\\[\\]]*)(?=[),;]|$)");
  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

  private final OpenAPI openAPI;
  private final SchemaExamples examples;

  ProblemResponses(OpenAPI openAPI) {
    this.openAPI = openAPI;
    this.examples = SchemaExamples.of(openAPI.getComponents());
  }

  void addTo(String path, Operation operation, List<Parameter> parameters) {
    addTo(path, operation, parameters, false);
  }

  /** As above; an idempotent operation also gets the Idempotency-Key problems. */
  void addTo(String path, Operation operation, List<Parameter> parameters, boolean idempotent) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    Target target = target(path, parameters);
    boolean body = operation.getRequestBody() != null;
    boolean pathParameter = PATH_PARAMETER.matcher(path).find();
    if (!parameters.isEmpty() || body) {
      add(responses, "400", body ? BAD_REQUEST_WITH_BODY : BAD_REQUEST);
    }
    if (secured(operation)) {
      add(responses, "401", UNAUTHENTICATED);
      add(responses, "403", FORBIDDEN);
    }
    if (pathParameter) {
      add(responses, "404", NOT_FOUND);
    }
    if (body) {
      add(responses, "415", UNSUPPORTED_MEDIA_TYPE);
    }
    if (responses.getAPIResponses() != null) {
      for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
        int status = statusOf(entry.getKey());
        if (status >= 400 && entry.getValue().getRef() == null) {
          completeProblem(
              entry.getValue(), example(status, entry.getValue(), operation, parameters, target));
        }
      }
    }
    if (idempotent) {
      IdempotencyDocs.addProblems(responses, target.instance());
    }
    sort(responses);
  }

  private static void add(APIResponses responses, String code, String description) {
    APIResponse existing = responses.getAPIResponse(code);
    if (existing == null) {
      responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
    } else if (existing.getDescription() == null
        || PLACEHOLDERS.contains(existing.getDescription())) {
      existing.setDescription(description);
    }
  }

  /**
   * An error answer without content is a problem+json one (every error of the suite is); one that
   * has problem+json content gets the Problem schema and an example if it lacks them. Other content
   * (an OAuth error body) is the operation's own and is left alone.
   */
  private static void completeProblem(APIResponse response, Map<String, Object> example) {
    Content content = response.getContent();
    if (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty()) {
      content = OASFactory.createContent();
      content.addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType());
      response.setContent(content);
    }
    MediaType problem = content.getMediaType(Problem.MEDIA_TYPE);
    if (problem == null) {
      return;
    }
    if (problem.getSchema() == null) {
      problem.setSchema(OASFactory.createSchema().ref(PROBLEM_REF));
    }
    if (problem.getExample() == null
        && (problem.getExamples() == null || problem.getExamples().isEmpty())) {
      problem.setExample(example);
    }
  }

  private Map<String, Object> example(
      int status,
      APIResponse response,
      Operation operation,
      List<Parameter> parameters,
      Target target) {
    String instance = target.instance();
    String description = response.getDescription();
    String code = ProblemExamples.codeIn(description);
    return switch (status) {
      case 400 -> {
        if (code != null
            && !code.equals("VALIDATION_FAILED")
            && !code.equals("MALFORMED_REQUEST")) {
          yield ProblemExamples.declared(status, description, instance);
        }
        FieldError rule = brokenRule(operation, parameters, description);
        yield rule == null
                || "MALFORMED_REQUEST".equals(code) && !mentions(description, "VALIDATION_FAILED")
            ? ProblemExamples.malformed(instance)
            : ProblemExamples.validationFailed(instance, rule);
      }
      case 401 ->
          code == null || code.equals("UNAUTHENTICATED")
              ? ProblemExamples.unauthenticated(instance)
              : ProblemExamples.declared(status, description, instance);
      case 403 ->
          code == null || code.equals("FORBIDDEN")
              ? ProblemExamples.forbidden(instance)
              : ProblemExamples.declared(status, description, instance);
      case 404 ->
          (code == null || code.equals("NOT_FOUND")) && target.id() != null
              ? ProblemExamples.notFound(instance, target.thing(), target.id())
              : ProblemExamples.declared(status, description, instance);
      case 415 ->
          code == null || code.equals("UNSUPPORTED_MEDIA_TYPE")
              ? ProblemExamples.unsupportedMediaType(instance)
              : ProblemExamples.declared(status, description, instance);
      default -> ProblemExamples.declared(status, description, instance);
    };
  }

  private static boolean mentions(String description, String code) {
    return description != null && description.contains(code);
  }

  /**
   * The rule an example 400 reports: a field the description names, else the body's first required
   * (or first) property, else the first query, path or header parameter.
   */
  private FieldError brokenRule(
      Operation operation, List<Parameter> parameters, String description) {
    if (description != null) {
      Matcher named = FIELD_NAMED.matcher(description);
      if (named.find()) {
        return new FieldError(named.group(1), "NotNull", "must not be null");
      }
    }
    if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
      for (MediaType media : operation.getRequestBody().getContent().getMediaTypes().values()) {
        Schema schema = examples.resolve(media.getSchema());
        if (schema != null && schema.getProperties() != null && !schema.getProperties().isEmpty()) {
          String name =
              schema.getRequired() != null && !schema.getRequired().isEmpty()
                  ? schema.getRequired().get(0)
                  : schema.getProperties().keySet().iterator().next();
          boolean required = schema.getRequired() != null && schema.getRequired().contains(name);
          return ruleOf(name, examples.resolve(schema.getProperties().get(name)), required);
        }
      }
      return null;
    }
    for (String in : List.of("query", "path", "header")) {
      for (Parameter parameter : parameters) {
        if (parameter.getIn() != null && parameter.getIn().toString().equalsIgnoreCase(in)) {
          return ruleOf(
              parameter.getName(),
              examples.resolve(parameter.getSchema()),
              Boolean.TRUE.equals(parameter.getRequired()));
        }
      }
    }
    return null;
  }

  private static FieldError ruleOf(String field, Schema schema, boolean required) {
    if (schema != null && schema.getPattern() != null) {
      return new FieldError(field, "Pattern", "must match \"" + schema.getPattern() + "\"");
    }
    if (schema != null && schema.getMinimum() != null) {
      return new FieldError(
          field, "Min", "must be greater than or equal to " + schema.getMinimum().toPlainString());
    }
    if (schema != null && schema.getMaximum() != null) {
      return new FieldError(
          field, "Max", "must be less than or equal to " + schema.getMaximum().toPlainString());
    }
    if (schema != null && schema.getMaxLength() != null) {
      return new FieldError(field, "Size", "size must be between 0 and " + schema.getMaxLength());
    }
    boolean string = schema != null && SchemaExamples.typeOf(schema) == Schema.SchemaType.STRING;
    if (required || schema == null) {
      return string
          ? new FieldError(field, "NotBlank", "must not be blank")
          : new FieldError(field, "NotNull", "must not be null");
    }
    return new FieldError(field, "type", "Expected " + kindOf(schema));
  }

  private static String kindOf(Schema schema) {
    Schema.SchemaType type = SchemaExamples.typeOf(schema);
    if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
      StringBuilder values = new StringBuilder("one of");
      schema.getEnumeration().forEach(v -> values.append(' ').append(v));
      return values.toString();
    }
    if (type == null) {
      return "a value of another type";
    }
    return switch (type) {
      case INTEGER, NUMBER -> "a number";
      case BOOLEAN -> "true or false";
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      default -> "a string";
    };
  }

  static String singular(String segment) {
    String words = segment.replace('-', ' ');
    if (words.endsWith("ies")) {
      words = words.substring(0, words.length() - 3) + "y";
    } else if (words.endsWith("sses")) {
      words = words.substring(0, words.length() - 2);
    } else if (words.endsWith("s") && !words.endsWith("ss")) {
      words = words.substring(0, words.length() - 1);
    }
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /**
   * The path with each parameter replaced by its example, as {@code instance} would show it; and
   * the record its last parameter names (the segment before it, singular), as {@code
   * ProblemException.notFound} words it.
   */
  private Target target(String path, List<Parameter> parameters) {
    Matcher matcher = PATH_PARAMETER.matcher(path);
    StringBuilder out = new StringBuilder();
    Object id = null;
    String thing = "Record";
    while (matcher.find()) {
      id = pathValue(matcher.group(1), parameters);
      String segment = lastLiteral(path.substring(0, matcher.start()));
      thing = segment == null ? "Record" : singular(segment);
      matcher.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(id)));
    }
    matcher.appendTail(out);
    return new Target(out.toString(), thing, id);
  }

  private static String lastLiteral(String path) {
    String[] segments = path.split("/");
    for (int i = segments.length - 1; i >= 0; i--) {
      if (!segments[i].isEmpty() && !segments[i].startsWith("{")) {
        return segments[i];
      }
    }
    return null;
  }

  private record Target(String instance, String thing, Object id) {}

  private Object pathValue(String name, List<Parameter> parameters) {
    for (Parameter parameter : parameters) {
      if (name.equals(parameter.getName()) && parameter.getIn() == Parameter.In.PATH) {
        if (parameter.getExample() != null) {
          return parameter.getExample();
        }
        if (parameter.getExamples() != null && !parameter.getExamples().isEmpty()) {
          Object value = parameter.getExamples().values().iterator().next().getValue();
          if (value != null) {
            return value;
          }
        }
        Object value = examples.forRequest(parameter.getSchema());
        if (value != null && !(value instanceof Map) && !(value instanceof List)) {
          return value;
        }
      }
    }
    return name;
  }

  private boolean secured(Operation operation) {
    List<SecurityRequirement> requirements =
        operation.getSecurity() != null ? operation.getSecurity() : openAPI.getSecurity();
    if (requirements == null) {
      return false;
    }
    for (SecurityRequirement requirement : requirements) {
      if (requirement.getSchemes() != null && !requirement.getSchemes().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  static int statusOf(String code) {
    try {
      return Integer.parseInt(code);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** By status, "default" last: added answers do not land after the operation's own. */
  static void sort(APIResponses responses) {
    Map<String, APIResponse> byCode = new TreeMap<>(responses.getAPIResponses());
    Map<String, APIResponse> sorted = new LinkedHashMap<>();
    List<String> rest = new ArrayList<>();
    for (String code : byCode.keySet()) {
      if (statusOf(code) < 0) {
        rest.add(code);
      } else {
        sorted.put(code, byCode.get(code));
      }
    }
    rest.forEach(code -> sorted.put(code, byCode.get(code)));
    responses.setAPIResponses(sorted);
  }
}
