package vn.ocop.registry.certificate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The status history of a certificate, oldest transition first. */
@Schema(name = "CertificateHistory")
public record CertificateHistoryResponse(UUID certificateId, List<Transition> items) {

  /** One transition; the first one (no oldStatus) is the issue. */
  @Schema(name = "CertificateTransition")
  public record Transition(
      @JsonInclude(JsonInclude.Include.NON_NULL)
          @Schema(
              description = "The status before; absent on the first transition (the issue)",
              example = "ISSUED")
          CertificateStatus oldStatus,
      @Schema(example = "SUSPENDED") CertificateStatus newStatus,
      @Schema(example = "Vi phạm quy định về an toàn thực phẩm") String reason,
      @Schema(
              nullable = true,
              description = "The decision behind the change; null for the issue and for expiry",
              example = "215/QĐ-UBND")
          String decisionNumber,
      @Schema(
              implementation = String.class,
              format = "date",
              nullable = true,
              description = "The decision's date; null when decisionNumber is",
              example = "2026-03-02")
          LocalDate decisionDate,
      Instant changedAt,
      @Schema(
              description = "The officer's account, the expiry engine, or the service that issued",
              example = "officer.daklak")
          String changedBy) {

    static Transition from(CertificateStatusChange change) {
      return new Transition(
          change.oldStatus(),
          change.newStatus(),
          change.reason(),
          change.decisionNumber(),
          change.decisionDate(),
          change.changedAt(),
          change.changedBy());
    }
  }

  static CertificateHistoryResponse of(UUID certificateId, List<CertificateStatusChange> changes) {
    return new CertificateHistoryResponse(
        certificateId, changes.stream().map(Transition::from).toList());
  }
}
