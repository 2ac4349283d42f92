package vn.ocop.platform.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a record's history (nhật ký thay đổi). */
@Schema(name = "AuditEntry", description = "One write to a record, as the audit trail holds it")
public record AuditEntryResponse(
    UUID id,
    @Schema(description = "When the write happened (UTC)") Instant occurredAt,
    @Schema(example = "rating-service") String service,
    @Schema(
            description =
                "The token's username, or system:<consumer or job> for writes no person made",
            example = "officer.66")
        String actor,
    @Schema(example = "[\"province-officer\"]") List<String> actorRoles,
    @Schema(description = "The request's X-Request-Id; for event consumers the event's id")
        String requestId,
    @Schema(
            description = "HTTP method and operationId, or the consumer's name",
            example = "POST submitMyScoreSheet")
        String operation,
    @Schema(example = "ScoreSheet") String recordType,
    String recordId,
    AuditAction action,
    @Schema(
            nullable = true,
            description = "The changed properties before the write; null for a creation")
        Map<String, Object> before,
    @Schema(description = "The record after a creation, or the changed properties after an update")
        Map<String, Object> after,
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(example = "66", description = "The record's province; absent for national records")
        String provinceCode,
    @Schema(
            nullable = true,
            description =
                "Position in the service's hash chain; null for unchained record types and,"
                    + " for a chained one, until the entry is sealed (normally milliseconds after"
                    + " its write; the chain verification seals first)")
        Long chainSeq,
    @Schema(
            nullable = true,
            description =
                "SHA-256 (hex) of the chained entry, over its content and prevHash; null like"
                    + " chainSeq")
        String hash) {}
