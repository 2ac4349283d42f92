package vn.ocop.contracts;

/** CloudEvents {@code type} values. Each names the fact and the payload version. */
public final class EventTypes {
  public static final String SUBJECT_REGISTERED = "vn.ocop.subject.registered.v1";
  public static final String PRODUCT_REGISTERED = "vn.ocop.product.registered.v1";
  public static final String SUBJECT_UPDATED = "vn.ocop.subject.updated.v1";
  public static final String PRODUCT_UPDATED = "vn.ocop.product.updated.v1";
  public static final String PRODUCT_STATUS_CHANGED = "vn.ocop.product.status-changed.v1";
  public static final String CERTIFICATE_ISSUED = "vn.ocop.certificate.issued.v1";
  public static final String CERTIFICATE_STATUS_CHANGED = "vn.ocop.certificate.status-changed.v1";
  public static final String CERTIFICATE_EXPIRY_REMINDER = "vn.ocop.certificate.expiry-reminder.v1";
  public static final String CYCLE_OPENED = "vn.ocop.cycle.opened.v1";
  public static final String EVALUATION_COMPLETED = "vn.ocop.evaluation.completed.v1";
  public static final String RECOGNITION_DECIDED = "vn.ocop.recognition.decided.v1";
  public static final String RECOGNITION_REFUSED = "vn.ocop.recognition.refused.v1";
  public static final String CYCLE_STEP_CHANGED = "vn.ocop.cycle.step-changed.v1";
  public static final String IDEA_REGISTERED = "vn.ocop.idea.registered.v1";
  public static final String IDEA_REVIEWED = "vn.ocop.idea.reviewed.v1";
  public static final String BUSINESS_PLAN_REVIEWED = "vn.ocop.business-plan.reviewed.v1";
  public static final String PROMOTION_RECORDED = "vn.ocop.promotion.recorded.v1";
  public static final String DOSSIER_SUBMITTED = "vn.ocop.dossier.submitted.v1";
  public static final String DOSSIER_NOMINATED = "vn.ocop.dossier.nominated.v1";
  public static final String PLAN_APPROVED = "vn.ocop.plan.approved.v1";
  public static final String PLAN_AMENDED = "vn.ocop.plan.amended.v1";
  public static final String REPORT_SUBMITTED = "vn.ocop.plan.report-submitted.v1";
  public static final String REPORT_APPROVED = "vn.ocop.plan.report-approved.v1";
  public static final String REPORT_RETURNED = "vn.ocop.plan.report-returned.v1";

  private EventTypes() {}
}
