package vn.ocop.rating.evidence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "Evidence",
    description =
        "An evidence file (tài liệu minh chứng) of a dossier and the criteria it supports")
public record EvidenceResponse(
    UUID id,
    UUID dossierId,
    @Schema(example = "Phiếu kết quả kiểm nghiệm số 125/KN-2025") String title,
    EvidenceKind kind,
    @Schema(example = "kiem-nghiem-2025.pdf") String fileName,
    @Schema(example = "application/pdf") String mediaType,
    @Schema(
            description = "SHA-256 of the bytes, lowercase hex; also the download's ETag",
            example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
        String checksum,
    long sizeBytes,
    @Schema(example = "[\"A1a\",\"B2\"]") List<String> criteria,
    String uploadedBy,
    Instant uploadedAt,
    @Schema(
            nullable = true,
            implementation = String.class,
            format = "uuid",
            description = "The entry of the earlier dossier this one was copied from")
        UUID copiedFromId) {

  public static EvidenceResponse from(Evidence evidence) {
    return new EvidenceResponse(
        evidence.id(),
        evidence.dossierId(),
        evidence.title(),
        evidence.kind(),
        evidence.fileName(),
        evidence.mediaType(),
        evidence.checksum(),
        evidence.sizeBytes(),
        List.copyOf(evidence.criteria()),
        evidence.uploadedBy(),
        evidence.uploadedAt(),
        evidence.copiedFromId());
  }
}
