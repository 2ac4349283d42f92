package vn.ocop.plan.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.rating.BusinessPlanReviewed;
import vn.ocop.contracts.rating.DossierNominated;
import vn.ocop.contracts.rating.IdeaRegistered;
import vn.ocop.contracts.rating.PromotionRecorded;
import vn.ocop.contracts.registry.CertificateIssued;
import vn.ocop.contracts.registry.CertificateStatusChanged;
import vn.ocop.contracts.registry.ProductRegistered;
import vn.ocop.contracts.registry.SubjectRegistered;

/** Payloads of the registry and rating events the plan service keeps facts of, for tests. */
public final class FactEvents {
  public static final String SUBJECTS = "plan.subject-facts";
  public static final String PRODUCTS = "plan.product-facts";
  public static final String REGISTRATIONS = "plan.registration-facts";
  public static final String DOSSIERS = "plan.dossier-facts";
  public static final String PROMOTIONS = "plan.promotion-facts";
  public static final String CERTIFICATES = "plan.certificate-facts";

  private FactEvents() {}

  /** Noon in Vietnam on that day, as the UTC instant an event would carry. */
  public static OffsetDateTime at(LocalDate day) {
    return day.atTime(LocalTime.NOON).atOffset(ZoneOffset.ofHours(7));
  }

  public static SubjectRegistered subject(UUID id, String type, String province, String commune) {
    return new SubjectRegistered(
        id,
        type,
        "TAX_CODE",
        "0" + Math.abs(id.getMostSignificantBits() % 1_000_000_000L),
        "Chủ thể " + id.toString().substring(0, 8),
        province,
        commune,
        "2025-07",
        null,
        province,
        "Nguyễn Văn A",
        false,
        false);
  }

  public static String publishSubject(SubjectRegistered subject, OffsetDateTime time) {
    return Events.publish(
        Topics.REGISTRY_SUBJECT, subject.subjectId(), EventTypes.SUBJECT_REGISTERED, time, subject);
  }

  public static ProductRegistered product(
      UUID id, UUID subject, int set, int group, String province, String commune) {
    return new ProductRegistered(
        id,
        subject,
        "Sản phẩm " + id.toString().substring(0, 8),
        set,
        "Bộ " + set,
        group,
        province,
        commune,
        "REGISTERED",
        "2025-07",
        null,
        province,
        null);
  }

  public static String publishProduct(ProductRegistered product) {
    return Events.publish(
        Topics.REGISTRY_PRODUCT,
        product.productId(),
        EventTypes.PRODUCT_REGISTERED,
        OffsetDateTime.now(ZoneOffset.UTC),
        product);
  }

  /** A certificate of a product and subject, with its dossier kind and commune. */
  public static CertificateIssued certificate(
      UUID product,
      UUID subject,
      String province,
      String commune,
      int stars,
      LocalDate decided,
      String dossierKind) {
    return new CertificateIssued(
        UUID.randomUUID(),
        UUID.randomUUID(),
        product,
        subject,
        province,
        commune,
        1,
        1,
        stars,
        BigDecimal.valueOf(50 + stars * 8L),
        "12/QĐ-UBND",
        decided,
        "UBND tỉnh",
        stars == 5 ? "CENTRAL" : "PROVINCE",
        decided,
        decided.plusMonths(36).minusDays(1),
        dossierKind,
        null,
        "ISSUED",
        "RECOGNITION",
        "2025-07",
        null,
        36);
  }

  public static String publishCertificate(CertificateIssued certificate) {
    return Events.publish(
        Topics.REGISTRY_CERTIFICATE,
        certificate.certificateId(),
        EventTypes.CERTIFICATE_ISSUED,
        at(certificate.decisionDate()),
        certificate);
  }

  public static String publishStatus(CertificateIssued certificate, String status, LocalDate on) {
    OffsetDateTime at = at(on);
    return Events.publish(
        Topics.REGISTRY_CERTIFICATE,
        certificate.certificateId(),
        EventTypes.CERTIFICATE_STATUS_CHANGED,
        at,
        new CertificateStatusChanged(
            certificate.certificateId(),
            certificate.productId(),
            certificate.subjectId(),
            certificate.provinceCode(),
            certificate.provinceCode(),
            certificate.starClass(),
            certificate.validFrom(),
            certificate.validTo(),
            "ISSUED",
            status,
            "test",
            null,
            null,
            null,
            at.toInstant(),
            "test"));
  }

  public static IdeaRegistered idea(
      UUID subject, String type, String province, String commune, int set, LocalDate on) {
    return new IdeaRegistered(
        UUID.randomUUID(),
        UUID.randomUUID(),
        province,
        commune,
        subject,
        type,
        "Ý tưởng " + on,
        set,
        on);
  }

  public static String publishIdea(IdeaRegistered idea) {
    return Events.publish(
        Topics.RATING_REGISTRATION,
        idea.ideaId(),
        EventTypes.IDEA_REGISTERED,
        at(idea.registeredOn()),
        idea);
  }

  public static BusinessPlanReviewed planReview(
      UUID plan, IdeaRegistered idea, String status, LocalDate on) {
    return new BusinessPlanReviewed(
        plan,
        idea.ideaId(),
        idea.cycleId(),
        idea.provinceCode(),
        idea.subjectId(),
        "SUBMITTED",
        status,
        "APPROVED".equals(status) ? null : "thiếu hồ sơ",
        on);
  }

  public static String publishPlanReview(BusinessPlanReviewed review) {
    return Events.publish(
        Topics.RATING_REGISTRATION,
        review.ideaId(),
        EventTypes.BUSINESS_PLAN_REVIEWED,
        at(review.reviewedOn()),
        review);
  }

  public static DossierNominated nomination(UUID product, String province, String toLevel) {
    return new DossierNominated(
        UUID.randomUUID(),
        UUID.randomUUID(),
        product,
        province,
        "PROVINCE",
        toLevel,
        new BigDecimal("91.50"),
        4);
  }

  public static String publishNomination(DossierNominated nomination, OffsetDateTime time) {
    return Events.publish(
        Topics.RATING_DOSSIER,
        nomination.dossierId(),
        EventTypes.DOSSIER_NOMINATED,
        time,
        nomination);
  }

  public static PromotionRecorded promotion(
      String province, String kind, LocalDate starts, List<UUID> products) {
    return new PromotionRecorded(
        UUID.randomUUID(),
        UUID.randomUUID(),
        province,
        kind,
        "Hoạt động " + kind,
        starts,
        starts.plusDays(3),
        products);
  }

  public static String publishPromotion(PromotionRecorded promotion) {
    return Events.publish(
        Topics.RATING_PROMOTION,
        promotion.activityId(),
        EventTypes.PROMOTION_RECORDED,
        at(promotion.startsOn()),
        promotion);
  }

  /** Waits until every event was applied (or skipped) by the consumer. */
  public static void awaitApplied(String consumer, List<String> eventIds) {
    Await.until(
        () -> eventIds.stream().filter(id -> Tables.consumed(consumer, id)).count(),
        applied -> applied == eventIds.size(),
        consumer + " to apply " + eventIds);
  }
}
