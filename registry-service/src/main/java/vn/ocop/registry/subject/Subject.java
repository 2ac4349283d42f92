package vn.ocop.registry.subject;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.ocop.contracts.registry.SubjectState;
import vn.ocop.registry.reference.AdminMaps.Place;
import vn.ocop.registry.text.Changes;
import vn.ocop.registry.text.Nfc;
import vn.ocop.registry.text.SearchText;

/**
 * A subject (chủ thể OCOP): the cooperative, cooperative group, enterprise or household business
 * that owns products and applies for their evaluation. It sits in one commune of the current map.
 */
@Entity
@Table(name = "subject")
public class Subject {
  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  private SubjectType type;

  @Enumerated(EnumType.STRING)
  @Column(name = "identifier_kind")
  private IdentifierKind identifierKind;

  private String identifier;

  private String name;

  @Column(name = "map_version")
  private String mapVersion;

  @Column(name = "province_code")
  private String provinceCode;

  @Column(name = "commune_code")
  private String communeCode;

  private String representative;

  @Column(name = "district_code")
  private String districtCode;

  @Column(name = "current_province_code")
  private String currentProvinceCode;

  private String address;

  private String phone;

  private String email;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  @Column(name = "woman_led")
  private boolean womanLed;

  @Column(name = "ethnic_minority_led")
  private boolean ethnicMinorityLed;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @Version private long version;

  /** The name folded for public search (see {@link SearchText}); never read here. */
  @Column(name = "search_text")
  private String searchText;

  protected Subject() {}

  /** Keeps the folded name in step with the name, whichever code path writes the row. */
  @PrePersist
  @PreUpdate
  void foldForSearch() {
    searchText = SearchText.of(name);
  }

  /**
   * A new subject. The identifier must fit the kind the type calls for (see {@link
   * IdentifierKind#check}); names are stored NFC-normalised.
   */
  static Subject register(RegisterSubjectRequest request, Place place, String createdBy) {
    Subject subject = new Subject();
    subject.id = UUID.randomUUID();
    subject.type = request.type();
    subject.identifierKind = request.type().kindFor(request.identifierKind());
    subject.identifier = subject.identifierKind.check(request.identifier(), request.type());
    subject.name = Nfc.normalise(request.name());
    subject.place(place);
    subject.representative = Nfc.normalise(request.representative());
    subject.address = Nfc.normalise(request.address());
    subject.phone = Contacts.phone(request.phone());
    subject.email = Contacts.email(request.email());
    subject.womanLed = request.womanLed();
    subject.ethnicMinorityLed = request.ethnicMinorityLed();
    subject.createdAt = Instant.now();
    subject.createdBy = createdBy;
    return subject;
  }

  private void place(Place place) {
    mapVersion = place.mapVersion();
    provinceCode = place.provinceCode();
    districtCode = place.districtCode();
    communeCode = place.communeCode();
    currentProvinceCode = place.currentProvinceCode();
  }

  /**
   * Applies an update: fields left null are unchanged. The identifier may change only as the law
   * allows a subject's to (a household business moving from its tax code to the personal id); type
   * never changes.
   *
   * @param newPlace the checked new commune, or null if unchanged
   * @return the names of the {@code SubjectState} fields that changed
   */
  List<String> update(UpdateSubjectRequest request, Place newPlace, String by) {
    SubjectState before = state();
    if (request.identifierKind() != null || request.identifier() != null) {
      IdentifierKind kind =
          type.kindFor(
              request.identifierKind() == null ? identifierKind : request.identifierKind());
      identifier =
          kind.check(request.identifier() == null ? identifier : request.identifier(), type);
      identifierKind = kind;
    }
    if (request.name() != null) {
      name = Nfc.normalise(request.name());
    }
    if (newPlace != null) {
      place(newPlace);
    }
    if (request.representative() != null) {
      representative = Nfc.normalise(request.representative());
    }
    if (request.address() != null) {
      address = Nfc.normalise(request.address());
    }
    if (request.phone() != null) {
      phone = Contacts.phone(request.phone());
    }
    if (request.email() != null) {
      email = Contacts.email(request.email());
    }
    if (request.womanLed() != null) {
      womanLed = request.womanLed();
    }
    if (request.ethnicMinorityLed() != null) {
      ethnicMinorityLed = request.ethnicMinorityLed();
    }
    List<String> changed = changes(before, state());
    boolean contactsChanged =
        request.address() != null || request.phone() != null || request.email() != null;
    if (!changed.isEmpty() || contactsChanged) {
      updatedAt = Instant.now();
      updatedBy = by;
    }
    return changed;
  }

  private static List<String> changes(SubjectState a, SubjectState b) {
    return new Changes()
        .field("identifierKind", a.identifierKind(), b.identifierKind())
        .field("identifier", a.identifier(), b.identifier())
        .field("name", a.name(), b.name())
        .field("mapVersion", a.mapVersion(), b.mapVersion())
        .field("provinceCode", a.provinceCode(), b.provinceCode())
        .field("districtCode", a.districtCode(), b.districtCode())
        .field("communeCode", a.communeCode(), b.communeCode())
        .field("currentProvinceCode", a.currentProvinceCode(), b.currentProvinceCode())
        .field("representative", a.representative(), b.representative())
        .field("womanLed", a.womanLed(), b.womanLed())
        .field("ethnicMinorityLed", a.ethnicMinorityLed(), b.ethnicMinorityLed())
        .names();
  }

  /** The record as events carry it (without the contact details, which are personal data). */
  public SubjectState state() {
    return new SubjectState(
        type.name(),
        identifierKind.name(),
        identifier,
        name,
        mapVersion,
        provinceCode,
        districtCode,
        communeCode,
        currentProvinceCode,
        representative,
        womanLed,
        ethnicMinorityLed);
  }

  public UUID id() {
    return id;
  }

  public SubjectType type() {
    return type;
  }

  public IdentifierKind identifierKind() {
    return identifierKind;
  }

  public String identifier() {
    return identifier;
  }

  public String name() {
    return name;
  }

  public String mapVersion() {
    return mapVersion;
  }

  public String provinceCode() {
    return provinceCode;
  }

  public String communeCode() {
    return communeCode;
  }

  /** The district on the pre-merger map, for a record created on it; else null. */
  public String districtCode() {
    return districtCode;
  }

  /** The province on the current map: decides who may see and change the record. */
  public String currentProvinceCode() {
    return currentProvinceCode;
  }

  public String address() {
    return address;
  }

  public String phone() {
    return phone;
  }

  public String email() {
    return email;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }

  public String representative() {
    return representative;
  }

  public boolean womanLed() {
    return womanLed;
  }

  public boolean ethnicMinorityLed() {
    return ethnicMinorityLed;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
