package vn.ocop.contracts;

/**
 * Kafka topic names, one per aggregate type and contract version. A breaking payload change is a
 * new {@code .v2} topic, never an edit of an existing one.
 */
public final class Topics {
  public static final String REGISTRY_SUBJECT = "ocop.registry.subject.v1";
  public static final String REGISTRY_PRODUCT = "ocop.registry.product.v1";
  public static final String REGISTRY_CERTIFICATE = "ocop.registry.certificate.v1";
  public static final String RATING_CYCLE = "ocop.rating.cycle.v1";
  public static final String RATING_EVALUATION = "ocop.rating.evaluation.v1";
  public static final String RATING_RECOGNITION = "ocop.rating.recognition.v1";
  public static final String RATING_REGISTRATION = "ocop.rating.registration.v1";
  public static final String RATING_DOSSIER = "ocop.rating.dossier.v1";
  public static final String RATING_PROMOTION = "ocop.rating.promotion.v1";
  public static final String PLAN_TARGET = "ocop.plan.target.v1";
  public static final String PLAN_REPORT = "ocop.plan.report.v1";

  private Topics() {}
}
