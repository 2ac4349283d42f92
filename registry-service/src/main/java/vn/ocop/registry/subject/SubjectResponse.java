package vn.ocop.registry.subject;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.reference.AdminMaps;
import vn.ocop.registry.reference.PlaceView;

/** A registered subject (chủ thể OCOP). */
@Schema(name = "Subject")
public record SubjectResponse(
    UUID id,
    @Schema(example = "COOPERATIVE") SubjectType type,
    @Schema(example = "TAX_CODE") IdentifierKind identifierKind,
    @Schema(nullable = true, example = "6001234567") String identifier,
    @Schema(example = "HTX Cà phê Ea Tu") String name,
    @Schema(example = "66") String provinceCode,
    @Schema(example = "24133") String communeCode,
    @Schema(
            description = "Province on the current map (decides who may see and change it)",
            example = "66")
        String currentProvinceCode,
    PlaceView place,
    @Schema(nullable = true, example = "Y Bhim Niê") String representative,
    @Schema(nullable = true, example = "Thôn 3") String address,
    @Schema(nullable = true, example = "0912345678") String phone,
    @Schema(nullable = true, example = "htx.eatu@example.vn") String email,
    boolean womanLed,
    boolean ethnicMinorityLed,
    Instant createdAt,
    @Schema(nullable = true, implementation = String.class, format = "date-time") Instant updatedAt,
    @Schema(description = "Send it back with an update", example = "0") long version) {

  public static SubjectResponse from(Subject subject, AdminMaps maps) {
    return new SubjectResponse(
        subject.id(),
        subject.type(),
        subject.identifierKind(),
        subject.identifier(),
        subject.name(),
        subject.provinceCode(),
        subject.communeCode(),
        subject.currentProvinceCode(),
        PlaceView.of(
            maps,
            subject.mapVersion(),
            subject.provinceCode(),
            subject.districtCode(),
            subject.communeCode(),
            subject.currentProvinceCode()),
        subject.representative(),
        subject.address(),
        subject.phone(),
        subject.email(),
        subject.womanLed(),
        subject.ethnicMinorityLed(),
        subject.createdAt(),
        subject.updatedAt(),
        subject.version());
  }
}
