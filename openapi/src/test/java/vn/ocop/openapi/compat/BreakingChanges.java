package vn.ocop.openapi.compat;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedRequestBody;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.Endpoint;

/**
 * Lists what changed between a released API document and the current one in a way that breaks a
 * client written against the released one: a removed operation, parameter, request or response
 * field, media type or success response; a renamed operationId (the SDK method name); a new
 * required input; a narrowed request type or constraint; a response that may now omit or null a
 * field, or carry an enum value the client does not know.
 *
 * <p>openapi-diff pairs the operations, parameters and schemas of the two documents (resolving
 * {@code $ref} and {@code allOf}); the rules of what breaks are ours, because openapi-diff lets
 * optional response fields and accepted request fields disappear silently, while our generated SDKs
 * read the first and send the second. Added operations, fields, error responses, examples and
 * descriptions never count.
 */
final class BreakingChanges {

  private enum Direction {
    REQUEST,
    RESPONSE
  }

  private final List<String> found = new ArrayList<>();
  private final Set<ChangedSchema> walking = Collections.newSetFromMap(new IdentityHashMap<>());

  private BreakingChanges() {}

  /**
   * The breaking changes, one readable line each, in document order; empty when clients are safe.
   */
  static List<String> between(String releasedDocument, String currentDocument) {
    ChangedOpenApi diff = OpenApiCompare.fromContents(releasedDocument, currentDocument);
    BreakingChanges changes = new BreakingChanges();
    for (Endpoint removed : diff.getMissingEndpoints()) {
      changes.found.add(
          where(removed.getMethod().name(), removed.getPathUrl(), removed.getOperation())
              + ": operation removed");
    }
    for (ChangedOperation operation : diff.getChangedOperations()) {
      changes.operation(operation);
    }
    return List.copyOf(changes.found);
  }

  private void operation(ChangedOperation changed) {
    String where =
        where(changed.getHttpMethod().name(), changed.getPathUrl(), changed.getOldOperation());
    String oldId = changed.getOldOperation().getOperationId();
    String newId = changed.getNewOperation().getOperationId();
    if (oldId != null && !oldId.equals(newId)) {
      found.add(where + ": operationId renamed to " + newId + " (the SDK method is renamed)");
    }
    parameters(where, changed.getParameters());
    requestBody(where, changed.getRequestBody());
    responses(where, changed.getApiResponses());
  }

  private void parameters(String where, ChangedParameters changed) {
    if (changed == null) {
      return;
    }
    for (Parameter removed : changed.getMissing()) {
      found.add(where + ": " + describe(removed) + " removed");
    }
    for (Parameter added : changed.getIncreased()) {
      if (Boolean.TRUE.equals(added.getRequired())) {
        found.add(where + ": new required " + describe(added));
      }
    }
    for (ChangedParameter parameter : changed.getChanged()) {
      String name = describe(parameter.getNewParameter());
      if (!required(parameter.getOldParameter()) && required(parameter.getNewParameter())) {
        found.add(where + ": " + name + " became required");
      }
      if (parameter.isChangeStyle() || parameter.isChangeExplode()) {
        found.add(where + ": " + name + " is serialised differently (style or explode changed)");
      }
      schema(where + ": " + name, parameter.getSchema(), Direction.REQUEST);
      content(where + ": " + name, parameter.getContent(), Direction.REQUEST);
    }
  }

  private void requestBody(String where, ChangedRequestBody changed) {
    if (changed == null) {
      return;
    }
    RequestBody before = changed.getOldRequestBody();
    RequestBody after = changed.getNewRequestBody();
    if (!required(before) && required(after)) {
      found.add(
          where + ": request body " + (before == null ? "added as required" : "became required"));
    }
    content(where + ": request body", changed.getContent(), Direction.REQUEST);
  }

  private void responses(String where, ChangedApiResponse changed) {
    if (changed == null) {
      return;
    }
    // A removed error response is not a break: clients handle any problem+json by its status.
    changed.getMissing().keySet().stream()
        .filter(BreakingChanges::isSuccess)
        .forEach(status -> found.add(where + ": response " + status + " removed"));
    for (Map.Entry<String, ChangedResponse> response : changed.getChanged().entrySet()) {
      content(
          where + ": response " + response.getKey(),
          response.getValue().getContent(),
          Direction.RESPONSE);
    }
  }

  private void content(String where, ChangedContent changed, Direction direction) {
    if (changed == null) {
      return;
    }
    for (String mediaType : changed.getMissing().keySet()) {
      found.add(where + ": media type " + mediaType + " removed");
    }
    for (Map.Entry<String, ChangedMediaType> media : changed.getChanged().entrySet()) {
      schema(where + " (" + media.getKey() + ")", media.getValue().getSchema(), direction);
    }
  }

  private void schema(String where, ChangedSchema changed, Direction direction) {
    // A recursive schema (a unit and its parent unit) is walked down to its first repetition only.
    if (changed == null || !walking.add(changed)) {
      return;
    }
    try {
      schemaAt(where, changed, direction);
    } finally {
      walking.remove(changed);
    }
  }

  private void schemaAt(String where, ChangedSchema changed, Direction direction) {
    Schema<?> before = changed.getOldSchema();
    Schema<?> after = changed.getNewSchema();
    if (before == null || after == null) {
      return;
    }
    // A schema without a type (an allOf wrapper, "any") is how a document is written, not a type.
    if (typeOf(before) != null
        && typeOf(after) != null
        && !Objects.equals(typeOf(before), typeOf(after))) {
      found.add(where + ": type changed from " + typeOf(before) + " to " + typeOf(after));
    }
    for (String field : changed.getMissingProperties().keySet()) {
      found.add(where + ": field " + field + " removed");
    }
    if (direction == Direction.REQUEST) {
      requestNarrowing(where, changed, before, after);
    } else {
      responseWidening(where, before, after);
    }
    for (Map.Entry<String, ChangedSchema> property : changed.getChangedProperties().entrySet()) {
      schema(where + "." + property.getKey(), property.getValue(), direction);
    }
    schema(where + "[]", changed.getItems(), direction);
    schema(where + "{}", changed.getAddProp(), direction);
    if (changed.getOneOfSchema() != null) {
      changed
          .getOneOfSchema()
          .getChanged()
          .forEach((name, variant) -> schema(where + " (" + name + ")", variant, direction));
      if (direction == Direction.REQUEST) {
        changed
            .getOneOfSchema()
            .getMissing()
            .keySet()
            .forEach(name -> found.add(where + ": variant " + name + " no longer accepted"));
      }
    }
  }

  /** What a client could send before and is refused now. */
  private void requestNarrowing(
      String where, ChangedSchema changed, Schema<?> before, Schema<?> after) {
    for (Object field : newlyListed(before.getRequired(), after.getRequired())) {
      boolean added = changed.getIncreasedProperties().containsKey((String) field);
      found.add(where + ": " + (added ? "new required field " : "field became required: ") + field);
    }
    List<?> removedValues = newlyListed(after.getEnum(), before.getEnum());
    if (!removedValues.isEmpty() && before.getEnum() != null && after.getEnum() != null) {
      found.add(where + ": enum values no longer accepted: " + removedValues);
    }
    if (before.getEnum() == null && after.getEnum() != null) {
      found.add(where + ": now restricted to the values " + after.getEnum());
    }
    if (narrowedUpper(before.getMaxLength(), after.getMaxLength())) {
      found.add(
          where
              + ": maxLength narrowed from "
              + before.getMaxLength()
              + " to "
              + after.getMaxLength());
    }
    if (narrowedLower(before.getMinLength(), after.getMinLength())) {
      found.add(
          where
              + ": minLength raised from "
              + before.getMinLength()
              + " to "
              + after.getMinLength());
    }
    if (narrowedUpper(before.getMaximum(), after.getMaximum())) {
      found.add(
          where + ": maximum lowered from " + before.getMaximum() + " to " + after.getMaximum());
    }
    if (narrowedLower(before.getMinimum(), after.getMinimum())) {
      found.add(
          where + ": minimum raised from " + before.getMinimum() + " to " + after.getMinimum());
    }
    if (narrowedUpper(before.getMaxItems(), after.getMaxItems())) {
      found.add(
          where
              + ": maxItems narrowed from "
              + before.getMaxItems()
              + " to "
              + after.getMaxItems());
    }
    if (narrowedLower(before.getMinItems(), after.getMinItems())) {
      found.add(
          where + ": minItems raised from " + before.getMinItems() + " to " + after.getMinItems());
    }
    if (after.getPattern() != null && !after.getPattern().equals(before.getPattern())) {
      found.add(where + ": pattern changed to " + after.getPattern());
    }
    if (Boolean.TRUE.equals(before.getNullable()) && !Boolean.TRUE.equals(after.getNullable())) {
      found.add(where + ": null no longer accepted");
    }
  }

  /** What a client could rely on reading before and may not get now. */
  private void responseWidening(String where, Schema<?> before, Schema<?> after) {
    for (Object field : newlyListed(after.getRequired(), before.getRequired())) {
      found.add(where + ": field " + field + " is no longer always present");
    }
    // Generated clients map enums to closed types (the Java SDK's fromValue throws on an unknown
    // value).
    List<?> addedValues = newlyListed(before.getEnum(), after.getEnum());
    if (!addedValues.isEmpty() && before.getEnum() != null) {
      found.add(where + ": new enum values a client does not know: " + addedValues);
    }
    if (!Boolean.TRUE.equals(before.getNullable()) && Boolean.TRUE.equals(after.getNullable())) {
      found.add(where + ": may now be null");
    }
  }

  private static List<Object> newlyListed(List<?> before, List<?> after) {
    if (after == null) {
      return List.of();
    }
    List<Object> added = new ArrayList<>(after);
    if (before != null) {
      added.removeAll(before);
    }
    return added;
  }

  private static boolean narrowedUpper(Number before, Number after) {
    return after != null && (before == null || decimal(after).compareTo(decimal(before)) < 0);
  }

  private static boolean narrowedLower(Number before, Number after) {
    return after != null && (before == null || decimal(after).compareTo(decimal(before)) > 0);
  }

  private static BigDecimal decimal(Number number) {
    return new BigDecimal(number.toString());
  }

  private static String typeOf(Schema<?> schema) {
    if (schema.getType() != null) {
      return schema.getType();
    }
    return schema.getTypes() == null || schema.getTypes().isEmpty()
        ? null
        : String.join("|", schema.getTypes());
  }

  private static boolean isSuccess(String status) {
    return status.startsWith("2") || status.startsWith("3");
  }

  private static boolean required(Parameter parameter) {
    return parameter != null && Boolean.TRUE.equals(parameter.getRequired());
  }

  private static boolean required(RequestBody body) {
    return body != null && Boolean.TRUE.equals(body.getRequired());
  }

  private static String describe(Parameter parameter) {
    return parameter.getIn() + " parameter " + parameter.getName();
  }

  private static String where(String method, String path, Operation operation) {
    String id = operation == null ? null : operation.getOperationId();
    return method + " " + path + (id == null ? "" : " (" + id + ")");
  }
}
