package vn.ocop.registry.reference;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.platform.problem.ProblemException;

/**
 * Both administrative maps held in memory (63 + 34 provinces, 696 districts, 13,356 communes: about
 * 3 MB), so that an import of tens of thousands of rows checks its unit codes without a query per
 * row. The maps are reference data that only a migration changes, so they are read once.
 */
@ApplicationScoped
public class AdminMaps {
  private final EntityManager em;
  private volatile Loaded loaded;

  AdminMaps(EntityManager em) {
    this.em = em;
  }

  private record Loaded(
      Map<String, Map<AdminLevel, Map<String, AdminUnit>>> units,
      Map<String, String> successorProvince,
      List<MapInfo> maps,
      List<Succession> successions) {}

  /** A version of the administrative map and the period it was in force. */
  public record MapInfo(
      String version,
      String name,
      List<AdminLevel> levels,
      @Schema(nullable = true, implementation = String.class, format = "date") LocalDate validFrom,
      @Schema(nullable = true, implementation = String.class, format = "date") LocalDate validTo) {}

  /** An old province and the province of the newer map it became part of. */
  public record Succession(String oldMap, String oldCode, String newMap, String newCode) {}

  private Loaded loaded() {
    Loaded current = loaded;
    if (current == null) {
      synchronized (this) {
        current = loaded;
        if (current == null) {
          // Its own transaction: the first caller may be anywhere (a request, a consumer, a job).
          current = QuarkusTransaction.requiringNew().call(this::load);
          loaded = current;
        }
      }
    }
    return current;
  }

  private Loaded load() {
    Map<String, Map<AdminLevel, Map<String, AdminUnit>>> units = new HashMap<>();
    Map<String, String> successorProvince = new HashMap<>();
    List<AdminUnit> all = em.createQuery("from AdminUnit", AdminUnit.class).getResultList();
    for (AdminUnit unit : all) {
      units
          .computeIfAbsent(unit.mapVersion(), v -> new HashMap<>())
          .computeIfAbsent(unit.level(), l -> new HashMap<>())
          .put(unit.code(), unit);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> successions =
        em.createNativeQuery(
                "select old_map, old_code, new_code from province_succession where new_map = ?1")
            .setParameter(1, AdminUnit.CURRENT_MAP)
            .getResultList();
    for (Object[] row : successions) {
      successorProvince.put(row[0] + "/" + row[1], (String) row[2]);
    }
    all.forEach(em::detach);
    List<MapInfo> maps = new ArrayList<>();
    @SuppressWarnings("unchecked")
    List<Object[]> mapRows =
        em.createNativeQuery(
                "select version, name, levels, valid_from, valid_to from admin_map order by version")
            .getResultList();
    for (Object[] row : mapRows) {
      List<AdminLevel> levels =
          Arrays.stream(((String) row[2]).split(",")).map(AdminLevel::valueOf).toList();
      maps.add(
          new MapInfo(
              (String) row[0], (String) row[1], levels, localDate(row[3]), localDate(row[4])));
    }
    List<Succession> successionList = new ArrayList<>();
    @SuppressWarnings("unchecked")
    List<Object[]> successionRows =
        em.createNativeQuery(
                "select old_map, old_code, new_map, new_code from province_succession"
                    + " order by old_map, old_code")
            .getResultList();
    for (Object[] row : successionRows) {
      successionList.add(
          new Succession((String) row[0], (String) row[1], (String) row[2], (String) row[3]));
    }
    return new Loaded(units, successorProvince, List.copyOf(maps), List.copyOf(successionList));
  }

  private static LocalDate localDate(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
  }

  public List<MapInfo> maps() {
    return loaded().maps();
  }

  public List<Succession> successions() {
    return loaded().successions();
  }

  /** The units of one map and level, by code. */
  public List<AdminUnit> units(String mapVersion, AdminLevel level) {
    return loaded()
        .units()
        .getOrDefault(mapVersion, Map.of())
        .getOrDefault(level, Map.of())
        .values()
        .stream()
        .sorted(Comparator.comparing(AdminUnit::code))
        .toList();
  }

  /** The map versions known here. */
  public Set<String> mapVersions() {
    return loaded().units().keySet();
  }

  public boolean isKnownMap(String mapVersion) {
    return mapVersion != null && loaded().units().containsKey(mapVersion);
  }

  public Optional<AdminUnit> unit(String mapVersion, AdminLevel level, String code) {
    return Optional.ofNullable(
        loaded()
            .units()
            .getOrDefault(mapVersion, Map.of())
            .getOrDefault(level, Map.of())
            .get(code));
  }

  /**
   * The province on the current map that a province of some map is part of today: itself on the
   * current map, its successor under Resolution 202/2025/QH15 on the pre-merger map; empty if the
   * province is unknown on that map.
   */
  public Optional<String> currentProvince(String mapVersion, String provinceCode) {
    if (unit(mapVersion, AdminLevel.PROVINCE, provinceCode).isEmpty()) {
      return Optional.empty();
    }
    if (AdminUnit.CURRENT_MAP.equals(mapVersion)) {
      return Optional.of(provinceCode);
    }
    return Optional.ofNullable(loaded().successorProvince().get(mapVersion + "/" + provinceCode));
  }

  /**
   * Where a record sits: the units it names, checked to exist on its map and to nest, plus its
   * province on the current map.
   *
   * @param districtCode the district of the commune on the pre-merger map (the commune gives it)
   */
  public record Place(
      String mapVersion,
      String provinceCode,
      String districtCode,
      String communeCode,
      String currentProvinceCode,
      AdminUnit province,
      AdminUnit commune) {}

  /**
   * Checks a province and commune of a map and where they lead today.
   *
   * @param fieldPrefix prefix of the field names in problems (e.g. "" or "subject.")
   * @throws ProblemException 422 naming {@code mapVersion}, {@code provinceCode} or {@code
   *     communeCode} with rule KnownMap, KnownProvince, KnownCommune or CommuneInProvince
   */
  public Place requirePlace(
      String mapVersion, String provinceCode, String communeCode, String fieldPrefix) {
    String map = mapVersion == null ? AdminUnit.CURRENT_MAP : mapVersion;
    if (!isKnownMap(map)) {
      throw ProblemException.unprocessable(
          fieldPrefix + "mapVersion",
          "KnownMap",
          "Map version '" + map + "' is not one of " + String.join(", ", mapVersions()));
    }
    AdminUnit province =
        unit(map, AdminLevel.PROVINCE, provinceCode)
            .orElseThrow(
                () ->
                    ProblemException.unprocessable(
                        fieldPrefix + "provinceCode",
                        "KnownProvince",
                        "Province " + provinceCode + " is not on the " + map + " map"));
    AdminUnit commune =
        unit(map, AdminLevel.COMMUNE, communeCode)
            .orElseThrow(
                () ->
                    ProblemException.unprocessable(
                        fieldPrefix + "communeCode",
                        "KnownCommune",
                        "Commune " + communeCode + " is not on the " + map + " map"));
    if (!commune.provinceCode().equals(provinceCode)) {
      throw ProblemException.unprocessable(
          fieldPrefix + "communeCode",
          "CommuneInProvince",
          "Commune "
              + communeCode
              + " ("
              + commune.fullName()
              + ") belongs to province "
              + commune.provinceCode()
              + ", not "
              + provinceCode);
    }
    String current =
        currentProvince(map, provinceCode)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "province " + provinceCode + " of map " + map + " has no successor"));
    return new Place(
        map, provinceCode, commune.districtCode(), communeCode, current, province, commune);
  }
}
