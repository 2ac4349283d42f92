package vn.ocop.devstack.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads the operations of a committed OpenAPI document, every {@code $ref} resolved inline. */
public final class OperationCatalog {
  private static final ObjectMapper JSON = new ObjectMapper();

  private OperationCatalog() {}

  public static List<Operation> read(Path document) {
    if (!Files.isRegularFile(document)) {
      throw new IllegalStateException("no OpenAPI document at " + document.toAbsolutePath());
    }
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    SwaggerParseResult parsed =
        new OpenAPIV3Parser().readLocation(document.toUri().toString(), null, options);
    OpenAPI api = parsed.getOpenAPI();
    if (api == null) {
      throw new IllegalStateException(
          "cannot read " + document + ": " + String.join("; ", parsed.getMessages()));
    }
    boolean securedByDefault = api.getSecurity() != null && !api.getSecurity().isEmpty();
    List<Operation> operations = new ArrayList<>();
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, operation) ->
                            operations.add(
                                operation(path, method, item, operation, securedByDefault))));
    operations.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
    return List.copyOf(operations);
  }

  private static Operation operation(
      String path,
      PathItem.HttpMethod method,
      PathItem item,
      io.swagger.v3.oas.models.Operation operation,
      boolean securedByDefault) {
    List<Parameter> parameters = new ArrayList<>();
    if (item.getParameters() != null) {
      parameters.addAll(item.getParameters());
    }
    if (operation.getParameters() != null) {
      parameters.addAll(operation.getParameters());
    }
    List<Operation.Parameter> inPath = new ArrayList<>();
    List<Operation.Parameter> inQuery = new ArrayList<>();
    for (Parameter parameter : parameters) {
      Operation.Parameter p =
          new Operation.Parameter(
              parameter.getName(),
              parameter.getSchema(),
              Boolean.TRUE.equals(parameter.getRequired()));
      if ("path".equals(parameter.getIn())) {
        inPath.add(p);
      } else if ("query".equals(parameter.getIn())) {
        inQuery.add(p);
      }
    }
    boolean secured =
        operation.getSecurity() == null
            ? securedByDefault
            : operation.getSecurity().stream().anyMatch(r -> !r.isEmpty());
    return new Operation(
        Objects.requireNonNullElse(operation.getOperationId(), method + " " + path),
        method.name(),
        path,
        List.copyOf(inPath),
        List.copyOf(inQuery),
        operation.getRequestBody() == null
            ? null
            : body(
                operation.getRequestBody().getContent(),
                Boolean.TRUE.equals(operation.getRequestBody().getRequired())),
        secured);
  }

  private static Operation.Body body(Content content, boolean required) {
    if (content == null || content.isEmpty()) {
      return null;
    }
    List<String> mediaTypes = new ArrayList<>(content.keySet());
    mediaTypes.sort(Comparator.comparing(m -> m.contains("json") ? 0 : 1));
    MediaType first = content.get(mediaTypes.get(0));
    List<JsonNode> examples = new ArrayList<>();
    if (first.getExample() != null) {
      examples.add(JSON.valueToTree(first.getExample()));
    }
    if (first.getExamples() != null) {
      first.getExamples().values().stream()
          .map(e -> e.getValue())
          .filter(Objects::nonNull)
          .map(v -> (JsonNode) JSON.valueToTree(v))
          .forEach(examples::add);
    }
    return new Operation.Body(List.copyOf(mediaTypes), first.getSchema(), examples, required);
  }

  /** The operations, by id, for tests that name one. */
  public static Map<String, Operation> byId(List<Operation> operations) {
    Map<String, Operation> byId = new java.util.TreeMap<>();
    operations.forEach(o -> byId.put(o.id(), o));
    return byId;
  }
}
