package vn.ocop.registry.expiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.certificate.CertificateStatus;

/**
 * A reminder that a certificate ends soon (nhắc hết hạn giấy chứng nhận), with what it is about.
 */
@Schema(name = "CertificateReminder")
public record ReminderResponse(
    UUID certificateId,
    UUID productId,
    @Schema(example = "Cà phê bột Ea Tu") String productName,
    UUID subjectId,
    @Schema(example = "HTX Cà phê Ea Tu") String subjectName,
    @Schema(example = "4") int starClass,
    @Schema(description = "Last day the certificate is in force", example = "2028-09-15")
        LocalDate validTo,
    @Schema(description = "The certificate's status now", example = "EXPIRING")
        CertificateStatus certificateStatus,
    @Schema(description = "Province on the current map", example = "66") String currentProvinceCode,
    @Schema(description = "180, 90 or 30", example = "90") int daysBefore,
    @Schema(description = "validTo minus daysBefore", example = "2028-06-17") LocalDate dueDate,
    @Schema(description = "Recorded after its due date") boolean late,
    Instant recordedAt) {}
