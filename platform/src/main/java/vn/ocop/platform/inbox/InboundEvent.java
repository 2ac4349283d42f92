package vn.ocop.platform.inbox;

import java.time.OffsetDateTime;

/** A consumed CloudEvent with its payload read into a contracts record. */
public record InboundEvent<T>(
    String id, String type, String source, String subject, OffsetDateTime time, T data) {}
