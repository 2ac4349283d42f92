package vn.ocop.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Completes every service's OpenAPI document at build time: each operation gets the problem+json
 * error answers the platform can give it ({@link ProblemResponses}), and each request and response
 * body without an example gets one made from its schema ({@link SchemaExamples}). Resources then
 * declare only what is specific to them; the document stays complete and, since it is committed,
 * the same for the same code.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiDocumentFilter implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    complete(openAPI);
  }

  /** The filter's work, callable on any model (the unit tests build small ones). */
  public static void complete(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    ProblemSchema.ensureIn(openAPI);
    NullableRefs.typeIn(openAPI.getComponents());
    ProblemResponses problems = new ProblemResponses(openAPI);
    SchemaExamples examples = SchemaExamples.of(openAPI.getComponents());
    for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
      PathItem item = path.getValue();
      if (item.getOperations() == null) {
        continue;
      }
      for (Operation operation : item.getOperations().values()) {
        boolean idempotent = IdempotencyDocs.marked(operation);
        if (idempotent) {
          IdempotencyDocs.addHeader(operation);
        }
        problems.addTo(path.getKey(), operation, parametersOf(item, operation), idempotent);
        if (idempotent) {
          // The scanner's copies of the marker on the answers may be set up after the first pass.
          IdempotencyDocs.unmark(operation);
        }
        if (operation.getRequestBody() != null) {
          fill(operation.getRequestBody().getContent(), examples, true);
        }
        if (operation.getResponses() != null
            && operation.getResponses().getAPIResponses() != null) {
          for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
            fill(response.getContent(), examples, false);
          }
        }
      }
    }
  }

  /** The path's parameters, overridden by the operation's of the same name and location. */
  static List<Parameter> parametersOf(PathItem item, Operation operation) {
    List<Parameter> parameters = new ArrayList<>();
    if (operation.getParameters() != null) {
      parameters.addAll(operation.getParameters());
    }
    if (item.getParameters() != null) {
      for (Parameter shared : item.getParameters()) {
        boolean overridden =
            parameters.stream()
                .anyMatch(
                    p ->
                        p.getName() != null
                            && p.getName().equals(shared.getName())
                            && p.getIn() == shared.getIn());
        if (!overridden) {
          parameters.add(shared);
        }
      }
    }
    return parameters;
  }

  private static void fill(Content content, SchemaExamples examples, boolean request) {
    if (content == null || content.getMediaTypes() == null) {
      return;
    }
    for (MediaType media : content.getMediaTypes().values()) {
      if (media.getExample() != null
          || media.getExamples() != null && !media.getExamples().isEmpty()
          || media.getSchema() == null
          || examples.isBinary(media.getSchema())) {
        continue;
      }
      Object example =
          request
              ? examples.forRequest(media.getSchema())
              : examples.forResponse(media.getSchema());
      if (example != null) {
        media.setExample(example);
      }
    }
  }
}
