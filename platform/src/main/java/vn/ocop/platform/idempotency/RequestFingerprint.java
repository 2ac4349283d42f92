package vn.ocop.platform.idempotency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SHA-256 of the canonical request: operation, path parameters, query parameters, the method's
 * header parameters and the body. The body is the method's body parameter as the resource received
 * it: JSON is hashed with its object keys sorted (spacing and key order do not make another
 * request), bytes and streams as they are.
 */
@ApplicationScoped
class RequestFingerprint {
  private final ObjectMapper mapper;

  RequestFingerprint(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * The request's hash. A stream body is read here and replaced in {@code parameters} by a copy, so
   * that the method still reads it.
   */
  String of(
      String operation,
      MultivaluedMap<String, String> pathParameters,
      MultivaluedMap<String, String> queryParameters,
      Annotation[][] annotations,
      Object[] parameters) {
    MessageDigest digest = sha256();
    part(digest, "operation", operation);
    part(digest, "path", sorted(pathParameters).toString());
    part(digest, "query", sorted(queryParameters).toString());
    for (int i = 0; i < parameters.length; i++) {
      HeaderParam header = annotation(annotations[i], HeaderParam.class);
      if (header != null) {
        part(digest, "header " + header.value().toLowerCase(), String.valueOf(parameters[i]));
      } else if (isBody(annotations[i], parameters[i])) {
        Object body = parameters[i];
        if (body instanceof InputStream stream) {
          byte[] bytes = readAll(stream);
          parameters[i] = new ByteArrayInputStream(bytes);
          body = bytes;
        }
        digest.update("body\n".getBytes(StandardCharsets.UTF_8));
        digest.update(bodyBytes(body));
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * A parameter the JAX-RS runtime filled from the body: one without a JAX-RS or RESTEasy
   * annotation that is not a context object (UriInfo, HttpHeaders, ...).
   */
  private static boolean isBody(Annotation[] annotations, Object value) {
    for (Annotation annotation : annotations) {
      String type = annotation.annotationType().getName();
      if (type.startsWith("jakarta.ws.rs.") || type.startsWith("org.jboss.resteasy.reactive.")) {
        return false;
      }
    }
    if (value == null) {
      return true;
    }
    String type = value.getClass().getName();
    return !(type.startsWith("jakarta.ws.rs.")
        || type.startsWith("org.jboss.resteasy.reactive.")
        || type.startsWith("io.quarkus.")
        || type.startsWith("io.vertx."));
  }

  private byte[] bodyBytes(Object body) {
    if (body == null) {
      return new byte[0];
    }
    if (body instanceof byte[] bytes) {
      return bytes;
    }
    if (body instanceof String text) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
    try {
      return mapper.writeValueAsBytes(canonical(mapper.valueToTree(body)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The tree with every object's fields in name order. */
  private JsonNode canonical(JsonNode node) {
    if (node instanceof ObjectNode object) {
      ObjectNode sorted = mapper.createObjectNode();
      toMap(object).forEach((name, value) -> sorted.set(name, canonical(value)));
      return sorted;
    }
    if (node != null && node.isArray()) {
      var array = mapper.createArrayNode();
      node.forEach(element -> array.add(canonical(element)));
      return array;
    }
    return node;
  }

  private static Map<String, JsonNode> toMap(ObjectNode object) {
    Map<String, JsonNode> fields = new TreeMap<>();
    object.properties().forEach(field -> fields.put(field.getKey(), field.getValue()));
    return fields;
  }

  private static Map<String, List<String>> sorted(MultivaluedMap<String, String> parameters) {
    Map<String, List<String>> sorted = new TreeMap<>();
    if (parameters != null) {
      parameters.forEach((name, values) -> sorted.put(name, List.copyOf(values)));
    }
    return sorted;
  }

  private static void part(MessageDigest digest, String name, String value) {
    digest.update((name + "\n" + value + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static <A extends Annotation> A annotation(Annotation[] annotations, Class<A> type) {
    for (Annotation annotation : annotations) {
      if (type.isInstance(annotation)) {
        return type.cast(annotation);
      }
    }
    return null;
  }

  private static byte[] readAll(InputStream stream) {
    try {
      return stream.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JVM", e);
    }
  }
}
