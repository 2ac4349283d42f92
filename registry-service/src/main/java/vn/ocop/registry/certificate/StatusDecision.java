package vn.ocop.registry.certificate;

import java.time.LocalDate;

/**
 * The decision (quyết định) of the competent body behind a status change: the suspension,
 * revocation (thu hồi) or reinstatement of a certificate.
 *
 * @param date may be unknown (null) when only the number was given
 */
public record StatusDecision(String number, LocalDate date) {}
