package vn.ocop.plan.actual;

import java.util.EnumMap;
import java.util.Map;
import vn.ocop.plan.indicator.Measure;

/**
 * Where each counted measure finds its facts: the tables, the year and place of a fact, what is
 * counted, which column each filter applies to, and how a counted record is shown.
 */
final class FactSources {
  private static final String NO_UUID = "cast(null as uuid)";
  private static final String NO_STAR = "cast(null as smallint)";

  private static final Map<Measure, FactSql> BY_MEASURE = new EnumMap<>(Measure.class);

  static {
    BY_MEASURE.put(
        Measure.CERTIFIED_PRODUCTS,
        new FactSql(
            "certificate_fact f",
            null,
            "f.year",
            "f.province_code",
            "f.commune_code",
            "",
            "f.product_id",
            Map.of(
                FactSql.Filter.STAR_CLASS, "f.star_class",
                FactSql.Filter.DOSSIER_KIND, "f.dossier_kind",
                FactSql.Filter.PRODUCT_GROUP, "f.product_group"),
            1,
            new FactSql.Item(
                "PRODUCT",
                "f.product_id",
                "f.subject_id",
                "f.decision_date",
                "f.star_class",
                "concat_ws(' · ', f.star_class || '★', f.dossier_kind, p.name)",
                " left join product_fact p on p.product_id = f.product_id")));
    BY_MEASURE.put(
        Measure.PARTICIPATING_SUBJECTS,
        new FactSql(
            "certificate_fact f left join subject_fact s on s.subject_id = f.subject_id",
            null,
            "f.year",
            "f.province_code",
            "f.commune_code",
            "",
            "f.subject_id",
            Map.of(
                FactSql.Filter.STAR_CLASS, "f.star_class",
                FactSql.Filter.SUBJECT_TYPE, "s.subject_type",
                FactSql.Filter.PRODUCT_GROUP, "f.product_group"),
            3,
            new FactSql.Item(
                "SUBJECT",
                "f.product_id",
                "f.subject_id",
                "f.decision_date",
                "f.star_class",
                "concat_ws(' · ', s.subject_type, s.name)",
                "")));
    BY_MEASURE.put(
        Measure.NEW_SUBJECTS,
        new FactSql(
            "subject_fact f",
            null,
            "f.registered_year",
            "f.province_code",
            "f.commune_code",
            "",
            "f.subject_id",
            Map.of(FactSql.Filter.SUBJECT_TYPE, "f.subject_type"),
            1,
            new FactSql.Item(
                "SUBJECT",
                NO_UUID,
                "f.subject_id",
                "f.registered_on",
                NO_STAR,
                "concat_ws(' · ', f.subject_type, f.name)",
                "")));
    BY_MEASURE.put(
        Measure.IDEAS_REGISTERED,
        new FactSql(
            "idea_fact f",
            null,
            "f.year",
            "f.province_code",
            "f.commune_code",
            "",
            "f.idea_id",
            Map.of(
                FactSql.Filter.SUBJECT_TYPE, "f.subject_type",
                FactSql.Filter.PRODUCT_GROUP, "f.product_group"),
            1,
            new FactSql.Item(
                "IDEA",
                NO_UUID,
                "f.subject_id",
                "f.registered_on",
                NO_STAR,
                "f.product_name",
                "")));
    BY_MEASURE.put(
        Measure.BUSINESS_PLANS_APPROVED,
        new FactSql(
            "business_plan_fact f left join idea_fact d on d.idea_id = f.idea_id",
            null,
            "f.approved_year",
            "f.province_code",
            "d.commune_code",
            "",
            "f.plan_id",
            Map.of(
                FactSql.Filter.SUBJECT_TYPE, "d.subject_type",
                FactSql.Filter.PRODUCT_GROUP, "d.product_group"),
            1,
            new FactSql.Item(
                "BUSINESS_PLAN",
                NO_UUID,
                "f.subject_id",
                "f.approved_on",
                NO_STAR,
                "d.product_name",
                "")));
    BY_MEASURE.put(
        Measure.NOMINATED_PRODUCTS,
        new FactSql(
            "nomination_fact f left join product_fact p on p.product_id = f.product_id",
            "f.to_level = 'CENTRAL'",
            "f.year",
            "f.province_code",
            "p.commune_code",
            "",
            "f.product_id",
            Map.of(FactSql.Filter.PRODUCT_GROUP, "p.product_group"),
            1,
            new FactSql.Item(
                "PRODUCT",
                "f.product_id",
                "p.subject_id",
                "f.nominated_on",
                "f.star_class",
                "p.name",
                "")));
    BY_MEASURE.put(
        Measure.CERTIFICATES_BY_STATUS,
        new FactSql(
            "certificate_status_fact f join certificate_fact c"
                + " on c.certificate_id = f.certificate_id",
            null,
            "f.year",
            "c.province_code",
            "c.commune_code",
            "",
            "f.certificate_id",
            Map.of(
                FactSql.Filter.STAR_CLASS, "c.star_class",
                FactSql.Filter.CERTIFICATE_STATUS, "f.status",
                FactSql.Filter.PRODUCT_GROUP, "c.product_group"),
            1,
            new FactSql.Item(
                "CERTIFICATE",
                "c.product_id",
                "c.subject_id",
                "f.changed_on",
                "c.star_class",
                "f.status",
                "")));
    BY_MEASURE.put(
        Measure.PROMOTIONS,
        new FactSql(
            "promotion_fact f",
            null,
            "f.year",
            "f.province_code",
            "p.commune_code",
            " left join promotion_product pp on pp.activity_id = f.activity_id"
                + " left join product_fact p on p.product_id = pp.product_id",
            "f.activity_id",
            Map.of(FactSql.Filter.PROMOTION_KIND, "f.kind"),
            1,
            new FactSql.Item(
                "PROMOTION",
                NO_UUID,
                NO_UUID,
                "f.starts_on",
                NO_STAR,
                "concat_ws(' · ', f.kind, f.title)",
                "")));
  }

  private FactSources() {}

  static FactSql of(Measure measure) {
    FactSql sql = BY_MEASURE.get(measure);
    if (sql == null) {
      throw new IllegalArgumentException(measure + " is not counted from facts");
    }
    return sql;
  }
}
