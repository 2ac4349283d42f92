package vn.ocop.registry.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * An administrative unit (đơn vị hành chính) of one version of the map: a province (tỉnh, thành
 * phố) or a commune (xã, phường, đặc khu). Reference data loaded by Flyway; never written here.
 */
@Entity
@Table(name = "admin_unit")
@IdClass(AdminUnit.Key.class)
public class AdminUnit {
  /** The two-tier map in force from 1 July 2025 (Resolution 202/2025/QH15). */
  public static final String CURRENT_MAP = "2025-07";

  /** The three-tier map in force until 30 June 2025 (63 provinces, districts, communes). */
  public static final String PRE_MERGER_MAP = "2025-03";

  @Id
  @Column(name = "map_version")
  private String mapVersion;

  @Id
  @Enumerated(EnumType.STRING)
  private AdminLevel level;

  @Id private String code;

  private String name;

  @Column(name = "full_name")
  private String fullName;

  @Column(name = "name_en")
  private String nameEn;

  @Column(name = "district_code")
  private String districtCode;

  @Column(name = "province_code")
  private String provinceCode;

  protected AdminUnit() {}

  public String mapVersion() {
    return mapVersion;
  }

  public AdminLevel level() {
    return level;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String fullName() {
    return fullName;
  }

  public String nameEn() {
    return nameEn;
  }

  public String provinceCode() {
    return provinceCode;
  }

  /** The composite identity: a code is unique per map version and level. */
  /** For a commune of the pre-merger map, its district; else null. */
  public String districtCode() {
    return districtCode;
  }

  public static class Key implements Serializable {
    private String mapVersion;
    private AdminLevel level;
    private String code;

    protected Key() {}

    public Key(String mapVersion, AdminLevel level, String code) {
      this.mapVersion = mapVersion;
      this.level = level;
      this.code = code;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && mapVersion.equals(key.mapVersion)
          && level == key.level
          && code.equals(key.code);
    }

    @Override
    public int hashCode() {
      return Objects.hash(mapVersion, level, code);
    }
  }
}
