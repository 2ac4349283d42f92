package vn.ocop.registry.certificate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An officer's decision on a certificate: suspension, revocation or reinstatement.
 *
 * @param version the certificate's version as the officer last read it; or send it as {@code
 *     If-Match}
 */
@Schema(name = "CertificateStatusDecision")
public record StatusDecisionRequest(
    @Schema(
            description = "Why (lý do), as written in the decision",
            example = "Vi phạm quy định về an toàn thực phẩm")
        @NotBlank
        @Size(max = 500)
        String reason,
    @Schema(description = "Number of the decision (số quyết định)", example = "215/QĐ-UBND")
        @NotBlank
        @Size(max = 100)
        String decisionNumber,
    @Schema(
            description =
                "Date of the decision: not in the future, not before the certificate's own"
                    + " decision date",
            example = "2026-03-02")
        LocalDate decisionDate,
    @Schema(description = "The certificate's version as last read (or If-Match)", example = "0")
        @PositiveOrZero
        Long version) {}
