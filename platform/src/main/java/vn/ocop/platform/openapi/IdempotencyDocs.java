package vn.ocop.platform.openapi;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Extensible;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import vn.ocop.platform.idempotency.IdempotencyProblems;
import vn.ocop.platform.idempotency.Idempotent;
import vn.ocop.platform.problem.Problem;

/**
 * Documents the Idempotency-Key on the operations that honour it (marked with {@link
 * Idempotent#OPENAPI_EXTENSION}): the optional header, the 422 of a key reused for another request
 * and the 409 of a key still in progress, each with an example. The marker itself is removed.
 */
final class IdempotencyDocs {
  static final String EXAMPLE_KEY = "3f2b9c4e-7a1d-4e8b-9c0f-5d6e7f8a9b0c";

  static final String HEADER_DESCRIPTION =
      "Optional key making a retry safe (khóa chống tạo trùng khi gửi lại): 1-255 printable ASCII"
          + " characters, e.g. a UUID chosen by the client for this creation. A retry with the same"
          + " key and the same request gets the first response again (same status, Location and"
          + " body, with Idempotent-Replayed: true) and creates nothing. Keys are per caller and"
          + " operation and kept 24 hours (ocop.idempotency.retention).";
  static final String REUSED =
      "IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used by this caller for a different"
          + " request (path, query or body) of this operation";
  static final String IN_PROGRESS =
      "IDEMPOTENCY_KEY_IN_PROGRESS: a request with the same Idempotency-Key is still being"
          + " processed; retry later";

  private IdempotencyDocs() {}

  static boolean marked(Operation operation) {
    return operation.getExtensions() != null
        && operation.getExtensions().containsKey(Idempotent.OPENAPI_EXTENSION);
  }

  /** Adds the header parameter and removes the marker; before the problem answers are made. */
  static void addHeader(Operation operation) {
    unmark(operation);
    Schema schema =
        OASFactory.createSchema()
            .addType(Schema.SchemaType.STRING)
            .minLength(1)
            .maxLength(IdempotencyProblems.MAX_LENGTH)
            .pattern("^[\\x20-\\x7E]+$");
    operation.addParameter(
        OASFactory.createParameter()
            .name(IdempotencyProblems.HEADER)
            .in(Parameter.In.HEADER)
            .required(false)
            .description(HEADER_DESCRIPTION)
            .schema(schema)
            .example(EXAMPLE_KEY));
  }

  /**
   * Removes the marker wherever the scanner copied it: a method's {@code @Extension} lands on the
   * operation and on its parameters, body and answers.
   */
  static void unmark(Operation operation) {
    unmark((Extensible<?>) operation);
    if (operation.getParameters() != null) {
      operation.getParameters().forEach(IdempotencyDocs::unmark);
    }
    if (operation.getRequestBody() != null) {
      unmark(operation.getRequestBody());
      unmark(operation.getRequestBody().getContent());
    }
    if (operation.getResponses() != null) {
      unmark(operation.getResponses());
      if (operation.getResponses().getAPIResponses() != null) {
        for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
          unmark(response);
          unmark(response.getContent());
        }
      }
    }
  }

  private static void unmark(Content content) {
    if (content != null && content.getMediaTypes() != null) {
      content.getMediaTypes().values().forEach(IdempotencyDocs::unmark);
    }
  }

  private static void unmark(Extensible<?> extensible) {
    if (extensible.getExtensions() == null) {
      return;
    }
    extensible.removeExtension(Idempotent.OPENAPI_EXTENSION);
    if (extensible.getExtensions() != null && extensible.getExtensions().isEmpty()) {
      extensible.setExtensions(null);
    }
  }

  /** Adds or extends the 409 and 422 answers; after the problem answers are made. */
  static void addProblems(APIResponses responses, String instance) {
    add(
        responses,
        "422",
        REUSED,
        "idempotencyKeyReused",
        ProblemExamples.of(IdempotencyProblems.reused(EXAMPLE_KEY), instance));
    add(
        responses,
        "409",
        IN_PROGRESS,
        "idempotencyKeyInProgress",
        ProblemExamples.of(IdempotencyProblems.inProgress(EXAMPLE_KEY), instance));
    ProblemResponses.sort(responses);
  }

  private static void add(
      APIResponses responses,
      String code,
      String description,
      String exampleName,
      Map<String, Object> example) {
    APIResponse response = responses.getAPIResponse(code);
    if (response == null) {
      Content content = OASFactory.createContent();
      content.addMediaType(
          Problem.MEDIA_TYPE,
          OASFactory.createMediaType()
              .schema(OASFactory.createSchema().ref(ProblemResponses.PROBLEM_REF))
              .example(example));
      responses.addAPIResponse(
          code, OASFactory.createAPIResponse().description(description).content(content));
      return;
    }
    response.setDescription(
        response.getDescription() == null
            ? description
            : response.getDescription() + "; or " + description);
    MediaType media =
        response.getContent() == null
            ? null
            : response.getContent().getMediaType(Problem.MEDIA_TYPE);
    if (media == null) {
      return;
    }
    Map<String, Example> examples = new LinkedHashMap<>();
    if (media.getExamples() != null) {
      examples.putAll(media.getExamples());
    } else if (media.getExample() != null) {
      Object existing = media.getExample();
      examples.put(exampleNameOf(existing), OASFactory.createExample().value(existing));
    }
    examples.put(exampleName, OASFactory.createExample().value(example));
    media.setExample(null);
    media.setExamples(examples);
  }

  /** A name for an operation's own example: its code in camel case, e.g. {@code subjectTaken}. */
  private static String exampleNameOf(Object example) {
    if (example instanceof Map<?, ?> map && map.get("code") instanceof String code) {
      StringBuilder name = new StringBuilder();
      boolean upper = false;
      for (char c : code.toLowerCase().toCharArray()) {
        if (c == '_') {
          upper = true;
        } else {
          name.append(upper ? Character.toUpperCase(c) : c);
          upper = false;
        }
      }
      return name.toString();
    }
    return "example";
  }
}
