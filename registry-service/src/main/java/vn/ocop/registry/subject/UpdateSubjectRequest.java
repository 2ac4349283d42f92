package vn.ocop.registry.subject;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A change to a subject's record. Fields left out (null) stay as they are. Officers of the
 * subject's province may change everything but the type; a subject member only its contact details
 * (address, phone, e-mail). The version is the one last read: a stale one answers 409.
 */
@Schema(name = "UpdateSubjectRequest")
public record UpdateSubjectRequest(
    @NotNull @Schema(required = true, description = "The version last read", example = "0")
        Long version,
    @Size(max = 300) @Schema(example = "HTX Nông nghiệp Cà phê Ea Tu") String name,
    @Schema(
            description =
                "With identifier: a household business moving from its legacy tax code to the"
                    + " representative's personal id",
            example = "PERSONAL_ID")
        IdentifierKind identifierKind,
    @Size(max = 20) @Schema(example = "066190001234") String identifier,
    @Pattern(regexp = "\\d{5}")
        @Schema(
            description = "A commune of the current map in the subject's current province",
            example = "24133")
        String communeCode,
    @Size(max = 200) @Schema(example = "H'Nga Mlô") String representative,
    @Size(max = 300) @Schema(example = "Thôn 3") String address,
    @Size(max = 30) @Schema(example = "0912 345 678") String phone,
    @Size(max = 200) @Schema(example = "htx.eatu@example.vn") String email,
    @Schema(example = "true") Boolean womanLed,
    @Schema(example = "true") Boolean ethnicMinorityLed) {

  /** Whether the request changes anything beyond the contact details. */
  boolean touchesRecord() {
    return name != null
        || identifierKind != null
        || identifier != null
        || communeCode != null
        || representative != null
        || womanLed != null
        || ethnicMinorityLed != null;
  }
}
