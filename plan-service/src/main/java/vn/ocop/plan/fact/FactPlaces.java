package vn.ocop.plan.fact;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.plan.period.PlanYear;
import vn.ocop.platform.inbox.PoisonEventException;

/**
 * Places facts on the current administrative map and in a local date. Province codes of both maps
 * are resolved from the reference tables, read once: they are seeded by migration and never change
 * while the service runs, and the checks run before an event's transaction, where a failure must
 * not poison a rebuild's transaction.
 */
@ApplicationScoped
public class FactPlaces {
  /** The pre-merger map: its commune codes are not on the current map. */
  public static final String OLD_MAP = "2025-03";

  private final EntityManager entityManager;
  private volatile Map<String, String> currentByCode;

  FactPlaces(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * The place of a fact. The current-map province code wins when the event carries one; otherwise
   * the province code is resolved on either map (a pre-2025 code counts in its successor).
   *
   * @param what the record, for the dead-letter reason (e.g. "subject 3f…")
   * @throws PoisonEventException for a province code of neither map
   */
  public FactPlace place(
      String what,
      String provinceCode,
      String currentProvinceCode,
      String mapVersion,
      String communeCode) {
    String given = blank(currentProvinceCode) ? provinceCode : currentProvinceCode;
    if (blank(given)) {
      throw new PoisonEventException(what + " names no province", null);
    }
    String current = provinces().get(given);
    if (current == null) {
      throw new PoisonEventException(
          what + " names an unknown province code '" + given + "'", null);
    }
    String reported = blank(provinceCode) ? given : provinceCode;
    String commune = blank(communeCode) ? null : communeCode;
    return new FactPlace(
        current, reported, mapVersion, OLD_MAP.equals(mapVersion) ? null : commune, commune);
  }

  /** The local date (Asia/Ho_Chi_Minh) of an event's time. */
  public static LocalDate localDate(OffsetDateTime time) {
    return time.atZoneSameInstant(PlanYear.ZONE).toLocalDate();
  }

  private Map<String, String> provinces() {
    Map<String, String> map = currentByCode;
    if (map == null) {
      map = QuarkusTransaction.requiringNew().call(this::load);
      currentByCode = map;
    }
    return map;
  }

  @SuppressWarnings("unchecked")
  private Map<String, String> load() {
    Map<String, String> map = new HashMap<>();
    List<Object[]> old =
        entityManager
            .createNativeQuery("select old_code, province_code from province_predecessor")
            .getResultList();
    for (Object[] row : old) {
      map.put((String) row[0], (String) row[1]);
    }
    // A current code is itself: it wins over an old code that happens to be spelled the same.
    List<String> current =
        entityManager.createNativeQuery("select code from province").getResultList();
    for (String code : current) {
      map.put(code, code);
    }
    return Map.copyOf(map);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
