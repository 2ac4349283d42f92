package vn.ocop.devstack.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;

/**
 * One operation of a committed OpenAPI document, with what the fuzzer needs to aim at it.
 *
 * @param id the operationId
 * @param method the HTTP method, upper case
 * @param path the path template, e.g. {@code /api/registry/v1/subjects/{id}}
 * @param body the request body, or null when the operation takes none
 * @param secured whether the operation asks for a bearer token
 */
public record Operation(
    String id,
    String method,
    String path,
    List<Parameter> pathParameters,
    List<Parameter> queryParameters,
    Body body,
    boolean secured) {

  /** Whether the operation can write: anything but GET and HEAD. */
  public boolean writes() {
    return !method.equals("GET") && !method.equals("HEAD");
  }

  /** A path or query parameter. */
  public record Parameter(String name, Schema<?> schema, boolean required) {}

  /**
   * A request body.
   *
   * @param mediaTypes the documented media types, JSON first when there is one
   * @param schema the (resolved) schema of the first media type
   * @param examples the documented examples of the JSON media type, as trees
   */
  public record Body(
      List<String> mediaTypes, Schema<?> schema, List<JsonNode> examples, boolean required) {

    public boolean json() {
      return mediaTypes.get(0).contains("json");
    }
  }
}
