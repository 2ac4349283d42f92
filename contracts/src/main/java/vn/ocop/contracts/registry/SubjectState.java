package vn.ocop.contracts.registry;

/**
 * A subject's registry record at one moment, as carried by {@link SubjectUpdated}. Contact details
 * (phone, e-mail, street address) are personal data and stay in the registry.
 */
public record SubjectState(
    String subjectType,
    String identifierKind,
    String identifier,
    String name,
    String mapVersion,
    String provinceCode,
    String districtCode,
    String communeCode,
    String currentProvinceCode,
    String representative,
    boolean womanLed,
    boolean ethnicMinorityLed) {}
