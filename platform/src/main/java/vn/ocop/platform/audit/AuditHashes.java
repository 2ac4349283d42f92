package vn.ocop.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The hash of a chained entry: SHA-256 (hex) over its canonical form, a JSON text with the keys of
 * every object sorted, no white space, and numbers in plain notation without trailing zeros. The
 * form survives the round trip through jsonb (which reorders keys and may rewrite numbers), so a
 * verification computes the same hash from the stored row as the writer did.
 */
public final class AuditHashes {
  private AuditHashes() {}

  /** The hash of the entry's content and its link ({@code chainSeq}, {@code prevHash}). */
  public static String hash(AuditEntry entry) {
    return sha256(canonical(entry));
  }

  static String canonical(AuditEntry entry) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode node = f.objectNode();
    node.put("id", entry.id().toString());
    node.put("occurredAt", entry.occurredAt().toString());
    node.put("service", entry.service());
    node.put("actor", entry.actor());
    node.set(
        "actorRoles", f.arrayNode().addAll(entry.actorRoles().stream().map(f::textNode).toList()));
    node.put("requestId", entry.requestId());
    node.put("operation", entry.operation());
    node.put("recordType", entry.recordType());
    node.put("recordId", entry.recordId());
    node.put("action", entry.action().name());
    node.set("before", entry.before());
    node.set("after", entry.after());
    node.put("provinceCode", entry.provinceCode());
    node.put("chainSeq", entry.chainSeq());
    node.put("prevHash", entry.prevHash());
    StringBuilder out = new StringBuilder();
    write(node, out);
    return out.toString();
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static void write(JsonNode node, StringBuilder out) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      out.append("null");
    } else if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.properties());
      fields.sort(Map.Entry.comparingByKey());
      out.append('{');
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        string(fields.get(i).getKey(), out);
        out.append(':');
        write(fields.get(i).getValue(), out);
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(node.get(i), out);
      }
      out.append(']');
    } else if (node.isNumber()) {
      BigDecimal number = node.decimalValue();
      out.append(number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString());
    } else if (node.isBoolean()) {
      out.append(node.booleanValue());
    } else {
      string(node.asText(), out);
    }
  }

  private static void string(String value, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
