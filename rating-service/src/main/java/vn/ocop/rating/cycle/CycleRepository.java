package vn.ocop.rating.cycle;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class CycleRepository implements PanacheRepositoryBase<Cycle, UUID> {

  public boolean exists(String provinceCode, int year, int round) {
    return count(
            "provinceCode = :province and year = :year and round = :round",
            Parameters.with("province", provinceCode).and("year", year).and("round", round))
        > 0;
  }

  /**
   * Cycles newest first, optionally of one province and year.
   *
   * @param provinceCode null for every province
   * @param year null for every year
   */
  public PanacheQuery<Cycle> search(String provinceCode, Integer year) {
    Sort sort = Sort.descending("year", "round").and("provinceCode").and("id");
    Parameters parameters = new Parameters();
    StringBuilder where = new StringBuilder("1 = 1");
    if (provinceCode != null) {
      where.append(" and provinceCode = :province");
      parameters = parameters.and("province", provinceCode);
    }
    if (year != null) {
      where.append(" and year = :year");
      parameters = parameters.and("year", year);
    }
    return find(where.toString(), sort, parameters);
  }
}
