package vn.ocop.contracts;

import java.time.OffsetDateTime;

/**
 * CloudEvents 1.0 envelope in structured JSON mode: the whole record is the Kafka message value.
 *
 * @param id unique event id (UUID); consumers de-duplicate on it
 * @param source the publishing service, e.g. {@code /ocop/registry-service}
 * @param type e.g. {@link EventTypes#CERTIFICATE_ISSUED}
 * @param subject the aggregate id, also the Kafka key
 * @param data the payload, one of the records of this module
 */
public record CloudEvent<T>(
    String specversion,
    String id,
    String source,
    String type,
    String subject,
    OffsetDateTime time,
    String datacontenttype,
    T data) {

  public static final String SPEC_VERSION = "1.0";
  public static final String JSON = "application/json";
}
