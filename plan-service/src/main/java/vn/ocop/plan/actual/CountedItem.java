package vn.ocop.plan.actual;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One record behind an actual, for the drill-down from a number to what was counted: a product, a
 * subject, an idea, a promotion activity… as the indicator counts it.
 *
 * @param kind PRODUCT, SUBJECT, IDEA, BUSINESS_PLAN, CERTIFICATE, PROMOTION
 * @param id the record's id in the service that owns it
 * @param communeCode where it is, when known
 * @param date the date that put it in the year (decision date, registration date…)
 * @param detail a short description (star class, subject type, kind of activity…)
 */
public record CountedItem(
    String kind,
    UUID id,
    UUID productId,
    UUID subjectId,
    String communeCode,
    LocalDate date,
    Integer starClass,
    String detail) {}
