package vn.ocop.platform.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Builds an example value from a schema of the document, so that a body without a hand-written
 * example still shows its shape with plausible values. The output is the same for the same
 * document: the documents are committed and diffed.
 *
 * <p>Order of preference for a value: the schema's own example, its default, the first enum value,
 * then a value for its format or type that meets its bounds and pattern. References are followed
 * into the components; a schema met again inside itself ends the branch (no property, an empty
 * array).
 */
public final class SchemaExamples {
  static final String REF_PREFIX = "#/components/schemas/";
  private static final int MAX_DEPTH = 12;

  private final Map<String, Schema> components;

  private SchemaExamples(Map<String, Schema> components) {
    this.components = components == null ? Map.of() : components;
  }

  public static SchemaExamples of(Components components) {
    return new SchemaExamples(components == null ? null : components.getSchemas());
  }

  /** The example of a request body: read-only properties are left out. */
  public Object forRequest(Schema schema) {
    return value(schema, true, new ArrayList<>(), 0);
  }

  /** The example of a response body: write-only properties are left out. */
  public Object forResponse(Schema schema) {
    return value(schema, false, new ArrayList<>(), 0);
  }

  /** The schema a reference names, or the schema itself; null for an unknown reference. */
  public Schema resolve(Schema schema) {
    Schema current = schema;
    for (int hops = 0; current != null && current.getRef() != null && hops < MAX_DEPTH; hops++) {
      current = components.get(nameOf(current.getRef()));
    }
    return current;
  }

  /** Whether the schema is a file rather than text: binary bodies get no example. */
  public boolean isBinary(Schema schema) {
    Schema resolved = resolve(schema);
    return resolved != null
        && ("binary".equals(resolved.getFormat()) || "byte".equals(resolved.getFormat()))
        && typeOf(resolved) == SchemaType.STRING;
  }

  static String nameOf(String ref) {
    return ref.startsWith(REF_PREFIX) ? ref.substring(REF_PREFIX.length()) : ref;
  }

  private Object value(Schema schema, boolean request, List<String> path, int depth) {
    return value(schema, request, path, depth, null);
  }

  /** {@code property}: the name the value is given under, if any, for a word that fits it. */
  private Object value(
      Schema schema, boolean request, List<String> path, int depth, String property) {
    if (schema == null || depth > MAX_DEPTH) {
      return null;
    }
    if (schema.getRef() != null) {
      String name = nameOf(schema.getRef());
      if (path.contains(name)) {
        return null;
      }
      path.add(name);
      try {
        return value(components.get(name), request, path, depth + 1, property);
      } finally {
        path.remove(path.size() - 1);
      }
    }
    if (schema.getExample() != null) {
      return schema.getExample();
    }
    // The scanner keeps @Schema(example) in the 3.1 list and writes it back as "example" for 3.0.
    if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
      return schema.getExamples().get(0);
    }
    if (schema.getDefaultValue() != null) {
      return schema.getDefaultValue();
    }
    if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
      return schema.getEnumeration().get(0);
    }
    if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
      return merged(schema, request, path, depth, property);
    }
    List<Schema> alternatives = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
    if (alternatives != null && !alternatives.isEmpty()) {
      return value(alternatives.get(0), request, path, depth + 1, property);
    }
    SchemaType type = typeOf(schema);
    if (type == null) {
      return schema.getProperties() != null ? object(schema, request, path, depth) : null;
    }
    return switch (type) {
      case OBJECT -> object(schema, request, path, depth);
      case ARRAY -> array(schema, request, path, depth);
      case STRING -> string(schema, property);
      case INTEGER -> integer(schema);
      case NUMBER -> number(schema);
      case BOOLEAN -> Boolean.TRUE;
      case NULL -> null;
    };
  }

  /** allOf: the parts' objects merged, or the first part that gives a value. */
  private Object merged(
      Schema schema, boolean request, List<String> path, int depth, String property) {
    Map<String, Object> object = new LinkedHashMap<>();
    Object first = null;
    for (Schema part : schema.getAllOf()) {
      Object value = value(part, request, path, depth + 1, property);
      if (value instanceof Map<?, ?> map) {
        map.forEach((k, v) -> object.put(String.valueOf(k), v));
      } else if (first == null) {
        first = value;
      }
    }
    if (schema.getProperties() != null) {
      Object own = object(schema, request, path, depth);
      if (own instanceof Map<?, ?> map) {
        map.forEach((k, v) -> object.put(String.valueOf(k), v));
      }
    }
    return object.isEmpty() ? first : object;
  }

  private Object object(Schema schema, boolean request, List<String> path, int depth) {
    Map<String, Object> object = new LinkedHashMap<>();
    if (schema.getProperties() != null) {
      for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
        Schema resolved = resolve(property.getValue());
        if (resolved != null
            && (request && Boolean.TRUE.equals(resolved.getReadOnly())
                || !request && Boolean.TRUE.equals(resolved.getWriteOnly()))) {
          continue;
        }
        Object value =
            value(property.getValue(), request, path, depth + 1, owned(path, property.getKey()));
        if (value != null) {
          object.put(property.getKey(), value);
        }
      }
    }
    Schema additional = schema.getAdditionalPropertiesSchema();
    if (additional != null && object.isEmpty()) {
      Object value = value(additional, request, path, depth + 1);
      if (value != null) {
        object.put("key", value);
      }
    }
    return object;
  }

  private Object array(Schema schema, boolean request, List<String> path, int depth) {
    List<Object> array = new ArrayList<>();
    Object item = value(schema.getItems(), request, path, depth + 1);
    if (item != null) {
      int count = schema.getMinItems() == null ? 1 : Math.max(1, schema.getMinItems());
      for (int i = 0; i < count; i++) {
        array.add(item);
      }
    }
    return array;
  }

  /** "Schema.property" while inside a named schema, else the property's name. */
  private static String owned(List<String> path, String property) {
    return path.isEmpty() ? property : path.get(path.size() - 1) + "." + property;
  }

  private static Object string(Schema schema, String property) {
    String format = schema.getFormat() == null ? "" : schema.getFormat();
    String word = format.isEmpty() ? word(property) : null;
    String value =
        switch (format) {
          case "date" -> "2025-03-14";
          case "date-time" -> "2025-03-14T09:30:00+07:00";
          case "time", "local-time" -> "09:30:00";
          case "uuid" -> "3fa85f64-5717-4562-b3fc-2c963f66afa6";
          case "email" -> "hoptacxa.eahleo@example.vn";
          case "uri", "url" -> "https://ocop.example.vn/";
          case "byte" -> "T0NPUA==";
          case "duration" -> "PT1H";
          default -> word != null ? word : "string";
        };
    if (schema.getPattern() != null && !matches(schema.getPattern(), value)) {
      String sample = RegexSample.of(schema.getPattern());
      if (sample != null && matches(schema.getPattern(), sample)) {
        value = sample;
      }
    }
    if (schema.getMinLength() != null && value.length() < schema.getMinLength()) {
      value = value + "x".repeat(schema.getMinLength() - value.length());
    }
    if (schema.getMaxLength() != null && value.length() > schema.getMaxLength()) {
      value = value.substring(0, schema.getMaxLength());
    }
    return value;
  }

  private static Object integer(Schema schema) {
    return bounded(schema, BigDecimal.ONE).toBigInteger();
  }

  private static Object number(Schema schema) {
    return bounded(schema, new BigDecimal("1.5"));
  }

  private static BigDecimal bounded(Schema schema, BigDecimal preferred) {
    BigDecimal value = preferred;
    if (schema.getMinimum() != null && value.compareTo(schema.getMinimum()) < 0) {
      value = schema.getMinimum();
    }
    if (schema.getExclusiveMinimum() != null
        && value.compareTo(schema.getExclusiveMinimum()) <= 0) {
      value = schema.getExclusiveMinimum().add(BigDecimal.ONE);
    }
    if (schema.getMaximum() != null && value.compareTo(schema.getMaximum()) > 0) {
      value = schema.getMaximum();
    }
    if (schema.getExclusiveMaximum() != null
        && value.compareTo(schema.getExclusiveMaximum()) >= 0) {
      value = schema.getExclusiveMaximum().subtract(BigDecimal.ONE);
    }
    return value;
  }

  static SchemaType typeOf(Schema schema) {
    List<SchemaType> types = schema.getType();
    if (types == null) {
      return null;
    }
    for (SchemaType type : types) {
      if (type != SchemaType.NULL) {
        return type;
      }
    }
    return types.isEmpty() ? null : types.get(0);
  }

  /** JSON Schema patterns are unanchored (ECMA-262 search), unlike Bean Validation's. */
  private static String word(String property) {
    if (property == null) {
      return null;
    }
    int dot = property.indexOf('.');
    return dot < 0
        ? ExampleWords.forProperty(null, property)
        : ExampleWords.forProperty(property.substring(0, dot), property.substring(dot + 1));
  }

  /** Whole-value match, as the services' Bean Validation @Pattern checks it. */
  private static boolean matches(String pattern, String value) {
    try {
      return Pattern.compile(pattern).matcher(value).matches();
    } catch (PatternSyntaxException e) {
      return true;
    }
  }
}
