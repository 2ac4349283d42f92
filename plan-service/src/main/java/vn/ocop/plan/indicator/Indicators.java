package vn.ocop.plan.indicator;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;

/** The indicator catalogue. */
@ApplicationScoped
public class Indicators {
  private static final Sort ORDER = Sort.by("displayOrder").and("code");

  public Page<Indicator> page(PageQuery query) {
    PanacheQuery<Indicator> all = Indicator.findAll(ORDER);
    List<Indicator> items = all.page(query.index(), query.pageSize()).list();
    return Page.of(items, all.count(), query);
  }

  public List<Indicator> all() {
    return Indicator.listAll(ORDER);
  }

  /** The indicators whose actuals are counted from certificate facts, in display order. */
  public List<Indicator> countingCertificates() {
    return all().stream().filter(Indicator::countsCertificates).toList();
  }

  /** The whole catalogue by code, in display order (it is small: tens of indicators). */
  public Map<String, Indicator> byCode() {
    Map<String, Indicator> byCode = new LinkedHashMap<>();
    for (Indicator indicator : all()) {
      byCode.put(indicator.code, indicator);
    }
    return byCode;
  }

  public Optional<Indicator> find(String code) {
    return code == null ? Optional.empty() : Indicator.findByIdOptional(code);
  }
}
