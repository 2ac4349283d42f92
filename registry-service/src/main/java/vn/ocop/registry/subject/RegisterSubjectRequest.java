package vn.ocop.registry.subject;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Registration of a subject (chủ thể). Which identifier is required follows from the type: a tax
 * code for cooperatives and enterprises, a 12-digit personal id for household businesses, none for
 * cooperative groups.
 *
 * @param provinceCode optional for a province officer (their own province); required for national
 *     accounts
 */
@Schema(name = "RegisterSubjectRequest")
public record RegisterSubjectRequest(
    @NotNull @Schema(required = true, example = "COOPERATIVE") SubjectType type,
    @Schema(
            description =
                "Optional: the type gives it. A HOUSEHOLD_BUSINESS registered before July 2025 may"
                    + " give TAX_CODE (its legacy 10-digit tax code)",
            example = "TAX_CODE")
        IdentifierKind identifierKind,
    @Size(max = 20)
        @Schema(
            description =
                "Tax code (10 digits or NNNNNNNNNN-NNN) for COOPERATIVE and ENTERPRISE, 12-digit"
                    + " personal id for HOUSEHOLD_BUSINESS, absent for COOPERATIVE_GROUP",
            example = "6001234567")
        String identifier,
    @NotBlank @Size(max = 300) @Schema(required = true, example = "HTX Cà phê Ea Tu") String name,
    @Pattern(regexp = "\\d{2}")
        @Schema(description = "Province code on the current map, 2 digits", example = "66")
        String provinceCode,
    @NotBlank
        @Pattern(regexp = "\\d{5}")
        @Schema(
            required = true,
            description = "Commune code on the current map, 5 digits, inside the province",
            example = "24133")
        String communeCode,
    @Size(max = 200) @Schema(example = "Y Bhim Niê") String representative,
    @Size(max = 300) @Schema(description = "Street address within the commune", example = "Thôn 3")
        String address,
    @Size(max = 30) @Schema(description = "Phone, 8 to 15 digits", example = "0912 345 678")
        String phone,
    @Size(max = 200) @Schema(example = "htx.eatu@example.vn") String email,
    @Schema(description = "Led by a woman (bonus criterion of Decision 148)", example = "false")
        boolean womanLed,
    @Schema(description = "Led by an ethnic-minority person", example = "true")
        boolean ethnicMinorityLed) {}
