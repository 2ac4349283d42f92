package vn.ocop.contracts.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A certificate moved along its lifecycle. Topic {@code ocop.registry.certificate.v1}, key =
 * certificateId, type {@code vn.ocop.certificate.status-changed.v1}.
 *
 * @param oldStatus ISSUED, EXPIRING, EXPIRED, SUPERSEDED, SUSPENDED or REVOKED
 * @param newStatus as oldStatus
 * @param reason why: the expiry engine's rule, the superseding certificate, or the officer's reason
 * @param decisionNumber the decision that suspended, revoked or reinstated it, if any
 * @param supersededBy the certificate that replaced it (re-recognition or upgrade), if any
 */
public record CertificateStatusChanged(
    UUID certificateId,
    UUID productId,
    UUID subjectId,
    String provinceCode,
    String currentProvinceCode,
    int starClass,
    LocalDate validFrom,
    LocalDate validTo,
    String oldStatus,
    String newStatus,
    String reason,
    String decisionNumber,
    LocalDate decisionDate,
    UUID supersededBy,
    Instant changedAt,
    String changedBy) {}
