package vn.ocop.contracts.registry;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A reminder that a certificate expires soon was recorded (the issuing body must notify the subject
 * at least 30 days ahead). Topic {@code ocop.registry.certificate.v1}, key = certificateId, type
 * {@code vn.ocop.certificate.expiry-reminder.v1}.
 *
 * @param daysBefore 180, 90 or 30
 * @param dueDate validTo minus daysBefore
 * @param late recorded after its due date (e.g. a certificate imported close to its expiry)
 */
public record CertificateExpiryReminder(
    UUID certificateId,
    UUID productId,
    UUID subjectId,
    String currentProvinceCode,
    int starClass,
    LocalDate validTo,
    int daysBefore,
    LocalDate dueDate,
    boolean late) {}
