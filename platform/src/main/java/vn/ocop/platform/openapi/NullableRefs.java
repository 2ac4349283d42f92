package vn.ocop.platform.openapi;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Gives a nullable reference to a scalar schema (an enum, a UUID) the type it refers to. A field
 * declared {@code nullable} next to an {@code allOf} of one {@code $ref} is written without a
 * {@code type}, and OpenAPI 3.0.3 says {@code nullable} only applies to a {@code type} in the same
 * schema object: validators (Spectral, the response validator) then reject the schema or its null.
 * References to objects are left alone: their type is "object" either way.
 */
final class NullableRefs {
  private static final String PREFIX = "#/components/schemas/";

  private NullableRefs() {}

  static void typeIn(Components components) {
    if (components == null || components.getSchemas() == null) {
      return;
    }
    Map<String, Schema> schemas = components.getSchemas();
    Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Schema schema : schemas.values()) {
      visit(schema, schemas, seen);
    }
  }

  private static void visit(Schema schema, Map<String, Schema> schemas, Set<Schema> seen) {
    if (schema == null || !seen.add(schema)) {
      return;
    }
    type(schema, schemas);
    if (schema.getProperties() != null) {
      for (Schema property : schema.getProperties().values()) {
        visit(property, schemas, seen);
      }
    }
    visit(schema.getItems(), schemas, seen);
    if (schema.getAllOf() != null) {
      schema.getAllOf().forEach(part -> visit(part, schemas, seen));
    }
  }

  /**
   * The annotation scanner holds a nullable reference as {@code anyOf: [$ref, {type: null}]}, a
   * model built with {@code OASFactory} as {@code type: [null], allOf: [$ref]}; the 3.0.3 writer
   * turns either into {@code allOf: [$ref], nullable: true}. Naming the referred type keeps it
   * nullable and makes it valid 3.0.3.
   */
  private static void type(Schema schema, Map<String, Schema> schemas) {
    Schema ref = nullableRef(schema);
    if (ref == null || !ref.getRef().startsWith(PREFIX)) {
      return;
    }
    Schema target = schemas.get(ref.getRef().substring(PREFIX.length()));
    SchemaType type = target == null ? null : SchemaExamples.typeOf(target);
    if (type == null || type == SchemaType.OBJECT || type == SchemaType.ARRAY) {
      return;
    }
    schema.setAnyOf(null);
    schema.setAllOf(List.of(ref));
    schema.setType(List.of(type, SchemaType.NULL));
  }

  /** The reference a schema makes nullable, or null when it is not of that shape. */
  private static Schema nullableRef(Schema schema) {
    List<SchemaType> onlyNull = List.of(SchemaType.NULL);
    List<Schema> anyOf = schema.getAnyOf();
    if (schema.getType() == null && anyOf != null && anyOf.size() == 2) {
      boolean nullable = anyOf.stream().anyMatch(s -> onlyNull.equals(s.getType()));
      Schema ref = anyOf.stream().filter(s -> s.getRef() != null).findFirst().orElse(null);
      return nullable ? ref : null;
    }
    List<Schema> allOf = schema.getAllOf();
    if (onlyNull.equals(schema.getType()) && allOf != null && allOf.size() == 1) {
      return allOf.get(0).getRef() == null ? null : allOf.get(0);
    }
    return null;
  }
}
