package vn.ocop.registry.search;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.registry.certificate.CertificateStatus;
import vn.ocop.registry.reference.AdminUnit;
import vn.ocop.registry.time.RegistryClock;

/**
 * The public search of certified products (tra cứu sản phẩm OCOP): products with at least one
 * certificate, shown with their newest one, matched word by word on the folded names of the product
 * and its subject ({@code search_text}, trigram-indexed), and filtered by place, star class,
 * product set or group and status.
 *
 * <p>Product set names are not searched: they are long lists ("Mật ong, mật khác và nông sản thực
 * phẩm khác") whose words would match most queries; the productSet and productGroup filters do that
 * job.
 *
 * <p>Status is the newest certificate's status on the day of the search, dates applied (as in the
 * verification): a certificate past its last day is EXPIRED before the nightly job marks it so.
 */
@ApplicationScoped
class CertifiedProductSearch {
  /** The newest certificate of each product, with its status on the day. */
  private static final String FROM =
      """
        from (select ?::date as today) t
        cross join product p
        join subject s on s.id = p.subject_id
        join product_set ps on ps.number = p.product_set
        join lateral (
          select c.star_class, c.valid_from, c.valid_to, c.issuing_level,
                 case
                   when c.status not in ('ISSUED', 'EXPIRING') then c.status
                   when c.valid_to < t.today then 'EXPIRED'
                   when c.valid_to - %d <= t.today then 'EXPIRING'
                   else 'ISSUED'
                 end as status
            from certificate c
           where c.product_id = p.id
           order by c.decision_date desc, c.created_at desc, c.id desc
           limit 1) c on true
      """
          .formatted(CertificateStatus.EXPIRING_DAYS);

  /**
   * Products one query word finds, by their name or their subject's. Each branch can use its
   * table's trigram index, which one condition over both tables could not.
   */
  private static final String WORD_MATCH =
      """
       and p.id in (select id from product where search_text like ?
                    union select x.id from product x join subject y on y.id = x.subject_id
                           where y.search_text like ?)
      """;

  private final AgroalDataSource dataSource;
  private final RegistryClock clock;

  CertifiedProductSearch(AgroalDataSource dataSource, RegistryClock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  Page<CertifiedProductResponse> search(SearchFilters filters, PageQuery page) {
    List<Object> parameters = new ArrayList<>();
    parameters.add(clock.today());
    StringBuilder where = new StringBuilder(" where c.status = any(?)");
    parameters.add(filters.statuses().stream().map(Enum::name).sorted().toArray(String[]::new));
    for (String word : filters.words()) {
      where.append(WORD_MATCH);
      String pattern = "%" + word + "%";
      parameters.add(pattern);
      parameters.add(pattern);
    }
    if (filters.provinceCode() != null) {
      if (AdminUnit.CURRENT_MAP.equals(filters.map())) {
        where.append(" and p.current_province_code = ?");
      } else {
        where.append(" and p.map_version = '" + AdminUnit.PRE_MERGER_MAP + "'");
        where.append(" and p.province_code = ?");
      }
      parameters.add(filters.provinceCode());
    }
    if (filters.starClass() != null) {
      where.append(" and c.star_class = ?");
      parameters.add(filters.starClass());
    }
    if (filters.productSet() != null) {
      where.append(" and p.product_set = ?");
      parameters.add(filters.productSet());
    }
    if (filters.productGroup() != null) {
      where.append(" and ps.group_number = ?");
      parameters.add(filters.productGroup());
    }

    List<Object> pageParameters = new ArrayList<>(parameters);
    // Products whose own name holds more of the words first: "ca phe" ranks "Cà phê bột" above a
    // product of "HTX Cà phê Ea Tu" named otherwise.
    StringBuilder order = new StringBuilder(" order by ");
    if (!filters.words().isEmpty()) {
      order.append("(");
      for (int i = 0; i < filters.words().size(); i++) {
        order.append(i == 0 ? "" : " + ").append("coalesce(p.search_text like ?, false)::int");
        pageParameters.add("%" + filters.words().get(i) + "%");
      }
      order.append(") desc, ");
    }
    order.append("c.star_class desc, p.name, p.id limit ? offset ?");
    pageParameters.add(page.pageSize());
    pageParameters.add(page.offset());

    String select =
        """
        select p.id, p.name, p.product_set, ps.name, ps.group_number, ps.group_name,
               ps.group_name_en, s.name, s.type, p.map_version, p.province_code, rp.name,
               p.current_province_code, cp.name, c.star_class, c.status, c.valid_from,
               c.valid_to, c.issuing_level
        """
            + FROM
            + """
               left join admin_unit rp
                 on rp.map_version = p.map_version and rp.level = 'PROVINCE'
                and rp.code = p.province_code
               left join admin_unit cp
                 on cp.map_version = '2025-07' and cp.level = 'PROVINCE'
                and cp.code = p.current_province_code
              """
            + where
            + order;
    String count = "select count(*)" + FROM + where;

    try (Connection connection = dataSource.getConnection()) {
      long total;
      try (PreparedStatement statement = prepare(connection, count, parameters);
          ResultSet rs = statement.executeQuery()) {
        rs.next();
        total = rs.getLong(1);
      }
      List<CertifiedProductResponse> items = new ArrayList<>();
      if (total > page.offset()) {
        try (PreparedStatement statement = prepare(connection, select, pageParameters);
            ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            items.add(row(rs));
          }
        }
      }
      return Page.of(items, total, page);
    } catch (SQLException e) {
      throw new IllegalStateException("public search failed", e);
    }
  }

  private static CertifiedProductResponse row(ResultSet rs) throws SQLException {
    String mapVersion = rs.getString(10);
    boolean current = AdminUnit.CURRENT_MAP.equals(mapVersion);
    return new CertifiedProductResponse(
        rs.getObject(1, UUID.class),
        rs.getString(2),
        rs.getInt(3),
        rs.getString(4),
        rs.getInt(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(13),
        rs.getString(14),
        current
            ? null
            : new CertifiedProductResponse.RecordedProvince(
                mapVersion, rs.getString(11), rs.getString(12)),
        rs.getInt(15),
        CertificateStatus.valueOf(rs.getString(16)),
        rs.getObject(17, LocalDate.class),
        rs.getObject(18, LocalDate.class),
        rs.getString(19));
  }

  private static PreparedStatement prepare(
      Connection connection, String sql, List<Object> parameters) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      for (int i = 0; i < parameters.size(); i++) {
        Object value = parameters.get(i);
        if (value instanceof String[] strings) {
          statement.setArray(i + 1, connection.createArrayOf("varchar", strings));
        } else {
          statement.setObject(i + 1, value);
        }
      }
      return statement;
    } catch (SQLException e) {
      statement.close();
      throw e;
    }
  }
}
