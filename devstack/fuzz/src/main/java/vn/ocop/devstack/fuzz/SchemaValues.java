package vn.ocop.devstack.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Values that a schema accepts, and values just outside it. */
final class SchemaValues {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int DEPTH = 6;

  private SchemaValues() {}

  /** The properties of an object schema, allOf parts merged. */
  static Map<String, Schema<?>> properties(Schema<?> schema) {
    Map<String, Schema<?>> properties = new LinkedHashMap<>();
    if (schema == null) {
      return properties;
    }
    if (schema.getAllOf() != null) {
      schema.getAllOf().forEach(part -> properties.putAll(properties(part)));
    }
    if (schema.getProperties() != null) {
      schema.getProperties().forEach((k, v) -> properties.put(k, v));
    }
    return properties;
  }

  static String type(Schema<?> schema) {
    if (schema == null) {
      return "";
    }
    if (schema.getType() != null) {
      return schema.getType();
    }
    if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
      return schema.getTypes().iterator().next();
    }
    if (!properties(schema).isEmpty()) {
      return "object";
    }
    if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
      return type(schema.getAllOf().get(0));
    }
    return "";
  }

  /** A plausible valid value: the schema's example, its first enum constant, or one by type. */
  static JsonNode valid(Schema<?> schema) {
    return valid(schema, 0);
  }

  private static JsonNode valid(Schema<?> schema, int depth) {
    if (schema == null) {
      return NODES.textNode("x");
    }
    if (schema.getExample() != null) {
      return JSON.valueToTree(schema.getExample());
    }
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      return JSON.valueToTree(schema.getEnum().get(0));
    }
    String format = schema.getFormat() == null ? "" : schema.getFormat();
    switch (type(schema)) {
      case "integer":
        return NODES.numberNode(
            schema.getMinimum() == null ? BigDecimal.ONE : schema.getMinimum().max(BigDecimal.ONE));
      case "number":
        return NODES.numberNode(
            schema.getMinimum() == null ? BigDecimal.ONE : schema.getMinimum().max(BigDecimal.ONE));
      case "boolean":
        return NODES.booleanNode(false);
      case "array":
        ArrayNode array = NODES.arrayNode();
        if (depth < DEPTH) {
          array.add(valid(schema.getItems(), depth + 1));
        }
        return array;
      case "object":
        ObjectNode object = NODES.objectNode();
        if (depth < DEPTH) {
          properties(schema).forEach((k, v) -> object.set(k, valid(v, depth + 1)));
        }
        return object;
      default:
        return NODES.textNode(
            switch (format) {
              case "date" -> "2025-03-14";
              case "date-time" -> "2025-03-14T09:30:00+07:00";
              case "uuid" -> "3fa85f64-5717-4562-b3fc-2c963f66afa6";
              default -> "x".repeat(Math.max(1, nullToZero(schema.getMinLength())));
            });
    }
  }

  /** A valid value as query or path text. */
  static String validText(Schema<?> schema) {
    JsonNode value = valid(schema);
    return value.isValueNode() ? value.asText() : value.toString();
  }

  /**
   * Values just outside what the schema allows, plus the hostile values of its type: limits ±1,
   * unknown enum constants, impossible dates, over-long strings.
   */
  static Arbitrary<JsonNode> outside(Schema<?> schema) {
    List<JsonNode> values = new ArrayList<>();
    String type = type(schema);
    String format = schema == null || schema.getFormat() == null ? "" : schema.getFormat();
    if (schema != null) {
      if (schema.getMinimum() != null) {
        values.add(NODES.numberNode(schema.getMinimum().subtract(BigDecimal.ONE)));
      }
      if (schema.getMaximum() != null) {
        values.add(NODES.numberNode(schema.getMaximum().add(BigDecimal.ONE)));
      }
      if (schema.getMaxLength() != null) {
        values.add(NODES.textNode("x".repeat(schema.getMaxLength() + 1)));
      }
      if (schema.getMinLength() != null && schema.getMinLength() > 0) {
        values.add(NODES.textNode("x".repeat(schema.getMinLength() - 1)));
      }
      if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
        String first = String.valueOf(schema.getEnum().get(0));
        values.add(NODES.textNode("NOT_A_" + first));
        values.add(NODES.textNode(first.toLowerCase(java.util.Locale.ROOT)));
        values.add(NODES.textNode(first + " "));
      }
      if (schema.getMaxItems() != null && schema.getMaxItems() < 10_000) {
        ArrayNode many = NODES.arrayNode();
        JsonNode item = valid(schema.getItems());
        for (int i = 0; i <= schema.getMaxItems(); i++) {
          many.add(item.deepCopy());
        }
        values.add(many);
      }
    }
    switch (type) {
      case "integer", "number" -> values.addAll(Junk.NUMBERS);
      case "array" -> {
        values.add(NODES.arrayNode());
        values.add(NODES.arrayNode().addNull());
        values.add(NODES.arrayNode().add("x").add(1).add(true));
      }
      case "boolean" -> {
        values.add(NODES.textNode("yes"));
        values.add(NODES.numberNode(1));
        values.add(NODES.textNode("TRUE "));
      }
      default -> {
        if (format.startsWith("date")) {
          Junk.DATES.forEach(d -> values.add(NODES.textNode(d)));
        } else if (format.equals("uuid")) {
          values.add(NODES.textNode("not-a-uuid"));
          values.add(NODES.textNode("00000000-0000-0000-0000-000000000000"));
          values.add(NODES.textNode("{3FA85F64-5717-4562-B3FC-2C963F66AFA6}"));
          values.add(NODES.textNode("3fa85f64571745 62b3fc2c963f66afa6"));
        }
      }
    }
    Arbitrary<JsonNode> hostileText = Junk.strings().map(NODES::textNode);
    if (values.isEmpty()) {
      return hostileText;
    }
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.of(values)), net.jqwik.api.Tuple.of(1, hostileText));
  }

  private static int nullToZero(Integer value) {
    return value == null ? 0 : value;
  }
}
