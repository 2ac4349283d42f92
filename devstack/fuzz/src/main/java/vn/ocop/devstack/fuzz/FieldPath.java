package vn.ocop.devstack.fuzz;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A field of a JSON body, nested objects and the first item of arrays included.
 *
 * @param names the property names from the root; an array's item is reached through the array's
 *     name
 */
record FieldPath(List<String> names, Schema<?> schema, boolean required) {
  private static final int DEPTH = 4;

  static FieldPath root(String name) {
    return new FieldPath(List.of(name), null, false);
  }

  String name() {
    return names.get(names.size() - 1);
  }

  /** Every field the schema describes. */
  static List<FieldPath> all(Schema<?> schema) {
    List<FieldPath> fields = new ArrayList<>();
    collect(schema, List.of(), fields, 0);
    return fields;
  }

  private static void collect(
      Schema<?> schema, List<String> prefix, List<FieldPath> out, int depth) {
    if (schema == null || depth > DEPTH) {
      return;
    }
    Map<String, Schema<?>> properties = SchemaValues.properties(schema);
    List<String> required = required(schema);
    properties.forEach(
        (name, property) -> {
          List<String> names = new ArrayList<>(prefix);
          names.add(name);
          out.add(new FieldPath(List.copyOf(names), property, required.contains(name)));
          Schema<?> nested =
              "array".equals(SchemaValues.type(property)) ? property.getItems() : property;
          collect(nested, names, out, depth + 1);
        });
  }

  private static List<String> required(Schema<?> schema) {
    List<String> required = new ArrayList<>();
    if (schema.getRequired() != null) {
      required.addAll(schema.getRequired());
    }
    if (schema.getAllOf() != null) {
      schema.getAllOf().forEach(part -> required.addAll(required(part)));
    }
    return required;
  }
}
