package vn.ocop.platform.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The Problem and FieldError schemas, for a document whose resources never named them (the scanner
 * adds them only when an annotation refers to {@code Problem}); the same shape as the records in
 * {@code vn.ocop.platform.problem}.
 */
final class ProblemSchema {
  private ProblemSchema() {}

  static void ensureIn(OpenAPI openAPI) {
    Components components = openAPI.getComponents();
    if (components == null) {
      components = OASFactory.createComponents();
      openAPI.setComponents(components);
    }
    if (components.getSchemas() == null || !components.getSchemas().containsKey("FieldError")) {
      components.addSchema(
          "FieldError",
          OASFactory.createSchema()
              .type(List.of(SchemaType.OBJECT))
              .addProperty("field", string())
              .addProperty("rule", string())
              .addProperty("message", string()));
    }
    if (components.getSchemas() == null || !components.getSchemas().containsKey("Problem")) {
      components.addSchema(
          "Problem",
          OASFactory.createSchema()
              .description("RFC 9457 problem details (application/problem+json)")
              .type(List.of(SchemaType.OBJECT))
              .addProperty("type", string())
              .addProperty("title", string())
              .addProperty(
                  "status",
                  OASFactory.createSchema().type(List.of(SchemaType.INTEGER)).format("int32"))
              .addProperty("detail", string())
              .addProperty("instance", string())
              .addProperty("code", string())
              .addProperty("requestId", string())
              .addProperty(
                  "errors",
                  OASFactory.createSchema()
                      .type(List.of(SchemaType.ARRAY))
                      .items(
                          OASFactory.createSchema()
                              .ref(SchemaExamples.REF_PREFIX + "FieldError"))));
    }
  }

  private static Schema string() {
    return OASFactory.createSchema().type(List.of(SchemaType.STRING));
  }
}
