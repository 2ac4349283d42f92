package vn.ocop.plan.actual;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.contracts.Topics;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.plan.indicator.Indicator;
import vn.ocop.plan.indicator.Measure;
import vn.ocop.plan.support.Events;
import vn.ocop.plan.support.FactEvents;
import vn.ocop.plan.support.Tables;
import vn.ocop.plan.support.Values;

/**
 * The national view at national size: 18,000 products with their certificates over five years,
 * 8,000 subjects, ideas, plans, nominations, promotions and status changes, in every province. All
 * indicators for all provinces cost one SQL statement per measure, whatever the number of
 * provinces, and agree with a hand-written aggregate. The facts are written straight into the
 * tables (years 2080–2084, marked 'scale-test') and removed afterwards.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "plan"))
class NationalScaleTest {
  private static final Logger LOG = Logger.getLogger(NationalScaleTest.class);
  static final String MARK = "scale-test";
  static final String PROVINCES =
      "(select code, (row_number() over (order by code) - 1) as n from province)";

  @BeforeEach
  void seed() {
    // Nothing left in flight: the statements counted below are the view's alone.
    Events.drain(Topics.REGISTRY_CERTIFICATE, FactEvents.CERTIFICATES);
    Events.drain(Topics.REGISTRY_SUBJECT, FactEvents.SUBJECTS);
    clean();
    Tables.execute(
        "insert into subject_fact (subject_id, subject_type, province_code,"
            + " reported_province_code, registered_on, registered_year, registered_event_id,"
            + " state_at, state_event_id)"
            + " select md5('scale-subject-' || g)::uuid,"
            + " (array['COOPERATIVE','COOPERATIVE_GROUP','ENTERPRISE','HOUSEHOLD_BUSINESS'])[1 + g % 4],"
            + " p.code, p.code, make_date(2080 + g % 5, 1 + g % 12, 1 + g % 28), 2080 + g % 5, ?,"
            + " now(), ? from generate_series(0, 7999) g join "
            + PROVINCES
            + " p on p.n = g % 34",
        MARK,
        MARK);
    Tables.execute(
        "insert into product_fact (product_id, subject_id, product_set, product_group,"
            + " province_code, reported_province_code, status, state_at, state_event_id)"
            + " select md5('scale-product-' || g)::uuid, md5('scale-subject-' || (g % 8000))::uuid,"
            + " 1 + g % 26, 1 + g % 6, p.code, p.code, 'REGISTERED', now(), ?"
            + " from generate_series(0, 17999) g join "
            + PROVINCES
            + " p on p.n = (g % 8000) % 34",
        MARK);
    // 21,600 certificates: a fifth of the products were re-rated in a later year.
    Tables.execute(
        "insert into certificate_fact (certificate_id, decision_id, product_id, subject_id,"
            + " province_code, reported_province_code, product_group, star_class, decision_date,"
            + " year, status, source_event_id, origin, dossier_kind)"
            + " select md5('scale-certificate-' || g)::uuid, md5('scale-decision-' || g)::uuid,"
            + " md5('scale-product-' || (g % 18000))::uuid,"
            + " md5('scale-subject-' || ((g % 18000) % 8000))::uuid, p.code, p.code, 1 + g % 6,"
            + " 3 + (g % 4 = 0)::int + (g % 97 = 0)::int,"
            + " make_date(2080 + (g / 18000 + g) % 5, 1 + g % 12, 1 + g % 28),"
            + " 2080 + (g / 18000 + g) % 5, 'ISSUED', ?, 'RECOGNITION',"
            + " (array['NEW','NEW','NEW','RE_EVALUATION','UPGRADE'])[1 + g % 5]"
            + " from generate_series(0, 21599) g join "
            + PROVINCES
            + " p on p.n = ((g % 18000) % 8000) % 34",
        MARK);
    Tables.execute(
        "insert into certificate_status_fact (certificate_id, status, changed_at, changed_on,"
            + " year, event_id) select certificate_id,"
            + " (array['EXPIRING','EXPIRED','REVOKED'])[1 + (hashtext(certificate_id::text) & 3) % 3],"
            + " decision_date + interval '30 months', (decision_date + interval '30 months')::date,"
            + " extract(year from decision_date + interval '30 months'), ?"
            + " from certificate_fact where source_event_id = ? and year < 2082",
        MARK, MARK);
    Tables.execute(
        "insert into idea_fact (idea_id, subject_id, subject_type, product_set, product_group,"
            + " province_code, reported_province_code, registered_on, year, source_event_id)"
            + " select md5('scale-idea-' || g)::uuid, md5('scale-subject-' || (g % 8000))::uuid,"
            + " 'COOPERATIVE', 1 + g % 26, 1 + g % 6, p.code, p.code,"
            + " make_date(2080 + g % 5, 3, 3), 2080 + g % 5, ? from generate_series(0, 4999) g"
            + " join "
            + PROVINCES
            + " p on p.n = g % 34",
        MARK);
    Tables.execute(
        "insert into business_plan_fact (plan_id, idea_id, province_code, reported_province_code,"
            + " status, reviewed_on, approved_on, approved_year, state_at, state_event_id)"
            + " select md5('scale-plan-' || g)::uuid, md5('scale-idea-' || g)::uuid,"
            + " i.province_code, i.province_code, 'APPROVED', i.registered_on + 60,"
            + " i.registered_on + 60, i.year, now(), ? from generate_series(0, 2999) g"
            + " join idea_fact i on i.idea_id = md5('scale-idea-' || g)::uuid",
        MARK);
    Tables.execute(
        "insert into nomination_fact (dossier_id, product_id, province_code,"
            + " reported_province_code, to_level, nominated_on, year, source_event_id)"
            + " select md5('scale-dossier-' || g)::uuid, md5('scale-product-' || (g * 90))::uuid,"
            + " p.code, p.code, 'CENTRAL', make_date(2080 + g % 5, 9, 9), 2080 + g % 5, ?"
            + " from generate_series(0, 199) g join "
            + PROVINCES
            + " p on p.n = ((g * 90) % 8000) % 34",
        MARK);
    Tables.execute(
        "insert into promotion_fact (activity_id, province_code, reported_province_code, kind,"
            + " starts_on, year, source_event_id)"
            + " select md5('scale-activity-' || g)::uuid, p.code, p.code,"
            + " (array['FAIR','SALES_POINT','ECOMMERCE_LISTING'])[1 + g % 3],"
            + " make_date(2080 + g % 5, 4, 4), 2080 + g % 5, ? from generate_series(0, 1499) g"
            + " join "
            + PROVINCES
            + " p on p.n = g % 34",
        MARK);
    Tables.execute(
        "insert into promotion_product (activity_id, product_id)"
            + " select md5('scale-activity-' || g)::uuid, md5('scale-product-' || (g * 12))::uuid"
            + " from generate_series(0, 1499) g");
    Tables.execute("analyze");
  }

  @AfterEach
  void clean() {
    Tables.execute(
        "delete from promotion_product where activity_id in"
            + " (select activity_id from promotion_fact where source_event_id = ?)",
        MARK);
    Tables.execute("delete from promotion_fact where source_event_id = ?", MARK);
    Tables.execute("delete from nomination_fact where source_event_id = ?", MARK);
    Tables.execute("delete from business_plan_fact where state_event_id = ?", MARK);
    Tables.execute("delete from idea_fact where source_event_id = ?", MARK);
    Tables.execute("delete from certificate_status_fact where event_id = ?", MARK);
    Tables.execute("delete from certificate_fact where source_event_id = ?", MARK);
    Tables.execute("delete from product_fact where state_event_id = ?", MARK);
    Tables.execute("delete from subject_fact where state_event_id = ?", MARK);
  }

  @Test
  void allIndicatorsForAllProvincesCostOneStatementPerMeasureAndAgreeWithAHandWrittenAggregate() {
    List<Indicator> all = Values.catalogueAll();
    Statistics statistics = statistics();
    statistics.clear();
    long started = System.nanoTime();
    Map<String, Map<String, BigDecimal>> byProvince =
        Values.byProvince(all, Values.years(2080, 2084));
    long tookMs = (System.nanoTime() - started) / 1_000_000;
    long statements = statistics.getPrepareStatementCount();
    LOG.infof(
        "national view, every indicator, 2080-2084: %d statements, %d ms", statements, tookMs);

    // One per counted measure and one for entered values (the catalogue is read by the caller).
    assertThat(statements).isLessThanOrEqualTo(Measure.values().length - 1);
    assertThat(byProvince).hasSize(34);

    Map<String, Long> handWritten = new java.util.HashMap<>();
    for (String row :
        Tables.strings(
            "select province_code || '=' || count(distinct product_id) from certificate_fact"
                + " where year between 2080 and 2084 and star_class between 3 and 5"
                + " group by province_code")) {
      String[] parts = row.split("=");
      handWritten.put(parts[0], Long.parseLong(parts[1]));
    }
    handWritten.forEach(
        (province, count) ->
            assertThat(byProvince.get(province).get("PRODUCTS_3STAR_PLUS").longValueExact())
                .as("products 3★+ of %s", province)
                .isEqualTo(count));
    long national =
        Tables.count(
            "select count(distinct product_id) from certificate_fact"
                + " where year between 2080 and 2084 and star_class between 3 and 5");
    assertThat(
            Values.national(Values.years(2080, 2084), "PRODUCTS_3STAR_PLUS")
                .get("PRODUCTS_3STAR_PLUS")
                .longValueExact())
        .isEqualTo(national)
        .isGreaterThanOrEqualTo(18_000);
    assertThat(byProvince.values())
        .allSatisfy(values -> assertThat(values).containsKeys("SUBJECTS_NEW", "SHARE_4STAR_PLUS"));

    // The national view's single pass gives the same provinces and the same country.
    statistics.clear();
    ActualValues.ProvincesAndCountry pass =
        Values.byProvinceAndCountry(all, Values.years(2080, 2084));
    assertThat(statistics.getPrepareStatementCount())
        .isLessThanOrEqualTo(Measure.values().length - 1);
    assertThat(pass.provinces()).isEqualTo(byProvince);
    assertThat(pass.country()).isEqualTo(Values.national(all, Values.years(2080, 2084)));

    // A time series costs the same; a ratio whose parts were not asked for reads the catalogue
    // once more.
    List<Indicator> some =
        Values.indicators(
            "PRODUCTS_3STAR_PLUS",
            "SUBJECTS_PARTICIPATING_COOPERATIVE",
            "SHARE_COOPERATIVES",
            "SALES_POINTS",
            "CERTIFICATES_EXPIRED",
            "IDEAS_REGISTERED",
            "BUSINESS_PLANS_APPROVED",
            "PRODUCTS_NOMINATED_5STAR",
            "SUBJECTS_NEW",
            "CRAFT_VILLAGES");
    statistics.clear();
    Map<Integer, Map<String, BigDecimal>> series =
        Values.byYear(null, some, Values.years(2080, 2084));
    assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(Measure.values().length);
    assertThat(series.keySet()).containsExactly(2080, 2081, 2082, 2083, 2084);
  }

  private static Statistics statistics() {
    return Arc.container()
        .instance(EntityManagerFactory.class)
        .get()
        .unwrap(SessionFactory.class)
        .getStatistics();
  }
}
