package vn.ocop.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Turns a resource method's result into the stored response and back. The body is written with the
 * application's ObjectMapper, as the JSON writer would; it is replayed as a JSON tree that reads
 * decimals exactly, so that the replayed body is the same text.
 */
@ApplicationScoped
class ResponseCodec {
  /** Headers a resource sets that describe the created thing; others come from filters. */
  private static final List<String> KEPT = List.of("Location", "ETag", "Content-Location");

  private static final TypeReference<Map<String, List<String>>> HEADERS = new TypeReference<>() {};

  private final ObjectMapper mapper;
  private final ObjectReader exactReader;

  ResponseCodec(ObjectMapper mapper) {
    this.mapper = mapper;
    this.exactReader = mapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  }

  /** The response a method returned; null for a result this cannot store (it then is not kept). */
  StoredResponse capture(Object result) {
    int status;
    Object entity;
    Map<String, List<String>> headers = new LinkedHashMap<>();
    if (result instanceof Response response) {
      status = response.getStatus();
      entity = response.getEntity();
      keep(response.getStringHeaders(), headers);
    } else if (result instanceof RestResponse<?> response) {
      status = response.getStatus();
      entity = response.getEntity();
      keep(response.getStringHeaders(), headers);
    } else {
      return null;
    }
    return new StoredResponse(status, headers, entity == null ? null : write(entity));
  }

  /** The stored response again, of the type the method returns, marked as a replay. */
  Object replay(StoredResponse stored, Class<?> returnType) {
    JsonNode body = stored.body() == null ? null : read(stored.body());
    if (RestResponse.class.isAssignableFrom(returnType)) {
      RestResponse.ResponseBuilder<Object> builder =
          RestResponse.ResponseBuilder.create(stored.status());
      stored.headers().forEach((name, values) -> values.forEach(v -> builder.header(name, v)));
      builder.header(IdempotencyInterceptor.REPLAYED_HEADER, "true");
      if (body != null) {
        builder.entity(body).type(MediaType.APPLICATION_JSON_TYPE);
      }
      return builder.build();
    }
    Response.ResponseBuilder builder = Response.status(stored.status());
    stored.headers().forEach((name, values) -> values.forEach(v -> builder.header(name, v)));
    builder.header(IdempotencyInterceptor.REPLAYED_HEADER, "true");
    if (body != null) {
      builder.entity(body).type(MediaType.APPLICATION_JSON_TYPE);
    }
    return builder.build();
  }

  String headers(Map<String, List<String>> headers) {
    return write(headers);
  }

  Map<String, List<String>> headers(String json) {
    if (json == null) {
      return Map.of();
    }
    try {
      return mapper.readValue(json, HEADERS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored idempotency headers are not JSON", e);
    }
  }

  private static void keep(Map<String, List<String>> from, Map<String, List<String>> to) {
    for (Map.Entry<String, List<String>> header : from.entrySet()) {
      for (String kept : KEPT) {
        if (kept.equalsIgnoreCase(header.getKey())) {
          to.put(kept, List.copyOf(header.getValue()));
        }
      }
    }
  }

  private String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a created resource cannot be written as JSON", e);
    }
  }

  private JsonNode read(String json) {
    try {
      return exactReader.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored idempotent response is not JSON", e);
    }
  }
}
