package vn.ocop.registry.expiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.registry.access.Visibility;
import vn.ocop.registry.certificate.CertificateStatus;

/**
 * The reminders recorded by the expiry engine, newest due first, within the caller's visibility.
 */
@ApplicationScoped
public class ReminderFeed {
  private static final String FROM =
      " from certificate_reminder r"
          + " join certificate c on c.id = r.certificate_id"
          + " join product p on p.id = c.product_id"
          + " join subject s on s.id = c.subject_id";

  private final EntityManager entityManager;

  ReminderFeed(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * The filters of the feed; null means any.
   *
   * @param provinceCode the certificate's province on the current map
   * @param from earliest due date
   * @param to latest due date
   */
  public record Filter(
      String provinceCode, UUID subjectId, Integer daysBefore, LocalDate from, LocalDate to) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<ReminderResponse> list(Visibility visibility, Filter filter, PageQuery page) {
    if (visibility.none()) {
      return Page.of(List.of(), 0, page);
    }
    Map<String, Object> parameters = new HashMap<>();
    StringBuilder where =
        new StringBuilder(" where ")
            .append(visibility.condition("c.current_province_code", "c.subject_id"));
    visibility.bind(parameters);
    if (filter.provinceCode() != null) {
      where.append(" and c.current_province_code = :provinceCode");
      parameters.put("provinceCode", filter.provinceCode());
    }
    if (filter.subjectId() != null) {
      where.append(" and c.subject_id = :subjectId");
      parameters.put("subjectId", filter.subjectId());
    }
    if (filter.daysBefore() != null) {
      where.append(" and r.days_before = :daysBefore");
      parameters.put("daysBefore", filter.daysBefore());
    }
    if (filter.from() != null) {
      where.append(" and r.due_date >= cast(:dueFrom as date)");
      parameters.put("dueFrom", filter.from());
    }
    if (filter.to() != null) {
      where.append(" and r.due_date <= cast(:dueTo as date)");
      parameters.put("dueTo", filter.to());
    }
    Query count = entityManager.createNativeQuery("select count(*)" + FROM + where);
    parameters.forEach(count::setParameter);
    long total = ((Number) count.getSingleResult()).longValue();
    if (total == 0) {
      return Page.of(List.of(), 0, page);
    }
    Query select =
        entityManager.createNativeQuery(
            "select r.certificate_id, c.product_id, p.name, c.subject_id, s.name, c.star_class,"
                + " c.valid_to, c.status, c.current_province_code, r.days_before, r.due_date,"
                + " r.late, r.recorded_at"
                + FROM
                + where
                + " order by r.due_date desc, r.id desc limit :limit offset :offset");
    parameters.forEach(select::setParameter);
    select.setParameter("limit", page.pageSize()).setParameter("offset", page.offset());
    @SuppressWarnings("unchecked")
    List<Object[]> rows = select.getResultList();
    List<ReminderResponse> items = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      items.add(
          new ReminderResponse(
              (UUID) row[0],
              (UUID) row[1],
              (String) row[2],
              (UUID) row[3],
              (String) row[4],
              ((Number) row[5]).intValue(),
              Rows.date(row[6]),
              CertificateStatus.valueOf((String) row[7]),
              (String) row[8],
              ((Number) row[9]).intValue(),
              Rows.date(row[10]),
              (Boolean) row[11],
              Rows.instant(row[12])));
    }
    return Page.of(items, total, page);
  }
}
