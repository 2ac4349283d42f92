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
import java.util.UUID;
import vn.ocop.registry.reference.AdminUnit;
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
  static Subject register(
      SubjectType type,
      String identifier,
      String name,
      String provinceCode,
      String communeCode,
      String representative,
      boolean womanLed,
      boolean ethnicMinorityLed,
      String createdBy) {
    Subject subject = new Subject();
    subject.id = UUID.randomUUID();
    subject.type = type;
    subject.identifierKind = type.identifierKind();
    subject.identifier = subject.identifierKind.check(identifier, type);
    subject.name = Nfc.normalise(name);
    subject.mapVersion = AdminUnit.CURRENT_MAP;
    subject.provinceCode = provinceCode;
    subject.communeCode = communeCode;
    subject.currentProvinceCode = provinceCode;
    subject.representative = Nfc.normalise(representative);
    subject.womanLed = womanLed;
    subject.ethnicMinorityLed = ethnicMinorityLed;
    subject.createdAt = Instant.now();
    subject.createdBy = createdBy;
    return subject;
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
