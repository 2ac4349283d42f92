package vn.ocop.registry.subject;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A registered subject (chủ thể OCOP). */
@Schema(name = "Subject")
public record SubjectResponse(
    UUID id,
    @Schema(example = "COOPERATIVE") SubjectType type,
    @Schema(example = "TAX_CODE") IdentifierKind identifierKind,
    @Schema(example = "6001234567") String identifier,
    @Schema(example = "HTX Cà phê Ea Tu") String name,
    @Schema(example = "66") String provinceCode,
    @Schema(example = "24133") String communeCode,
    @Schema(example = "Y Bhim Niê") String representative,
    boolean womanLed,
    boolean ethnicMinorityLed,
    Instant createdAt) {

  public static SubjectResponse from(Subject subject) {
    return new SubjectResponse(
        subject.id(),
        subject.type(),
        subject.identifierKind(),
        subject.identifier(),
        subject.name(),
        subject.provinceCode(),
        subject.communeCode(),
        subject.representative(),
        subject.womanLed(),
        subject.ethnicMinorityLed(),
        subject.createdAt());
  }
}
