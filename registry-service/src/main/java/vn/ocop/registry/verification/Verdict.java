package vn.ocop.registry.verification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.ocop.registry.certificate.CertificateStatus;

/**
 * What a consumer scanning the QR code should conclude (kết quả xác thực): the certificate status
 * in plain words, with the dates applied on the day of the check so that a certificate the nightly
 * expiry job has not reached yet is never shown as valid past its last day.
 */
public enum Verdict {
  /** In force, more than 180 days from its end. */
  VALID,
  /** In force, within 180 days of its end. */
  EXPIRING_SOON,
  /** Its validity ended. */
  EXPIRED,
  /** Withdrawn by a decision (thu hồi). */
  REVOKED,
  /** Temporarily not in force (tạm đình chỉ). */
  SUSPENDED,
  /** Replaced by a newer certificate of the same product. */
  SUPERSEDED;

  private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter EN =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  /** The status the certificate has on {@code today}: the stored one, with its dates applied. */
  static CertificateStatus effectiveStatus(
      CertificateStatus stored, LocalDate validTo, LocalDate today) {
    return stored == CertificateStatus.ISSUED || stored == CertificateStatus.EXPIRING
        ? CertificateStatus.byDate(validTo, today)
        : stored;
  }

  static Verdict of(CertificateStatus effective) {
    return switch (effective) {
      case ISSUED -> VALID;
      case EXPIRING -> EXPIRING_SOON;
      case EXPIRED -> EXPIRED;
      case REVOKED -> REVOKED;
      case SUSPENDED -> SUSPENDED;
      case SUPERSEDED -> SUPERSEDED;
    };
  }

  /** The message shown to the consumer, in Vietnamese and English. */
  VerificationResponse.Message message(int starClass, LocalDate validTo) {
    return switch (this) {
      case VALID ->
          new VerificationResponse.Message(
              "Sản phẩm OCOP " + starClass + " sao, còn hiệu lực đến " + validTo.format(VI),
              "OCOP " + starClass + "-star product, certified until " + validTo.format(EN));
      case EXPIRING_SOON ->
          new VerificationResponse.Message(
              "Sản phẩm OCOP "
                  + starClass
                  + " sao, còn hiệu lực đến "
                  + validTo.format(VI)
                  + " (sắp hết hạn)",
              "OCOP "
                  + starClass
                  + "-star product, certified until "
                  + validTo.format(EN)
                  + " (expires soon)");
      case EXPIRED ->
          new VerificationResponse.Message(
              "Giấy chứng nhận OCOP đã hết hiệu lực (hiệu lực đến " + validTo.format(VI) + ")",
              "The OCOP certificate has expired (it was valid until " + validTo.format(EN) + ")");
      case REVOKED ->
          new VerificationResponse.Message(
              "Giấy chứng nhận đã bị thu hồi", "The certificate has been revoked");
      case SUSPENDED ->
          new VerificationResponse.Message(
              "Giấy chứng nhận đang bị tạm đình chỉ hiệu lực", "The certificate is suspended");
      case SUPERSEDED ->
          new VerificationResponse.Message(
              "Giấy chứng nhận đã được thay thế bằng giấy chứng nhận mới",
              "The certificate has been replaced by a newer one");
    };
  }
}
