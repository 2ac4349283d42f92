package vn.ocop.plan.provinceplan;

import java.math.BigDecimal;
import java.util.UUID;
import vn.ocop.plan.provinceplan.PlanTarget.Accumulation;
import vn.ocop.plan.target.TargetKind;

/**
 * A target in force for a province in a year: from the approved version of a plan whose period
 * covers the year, made for the province or, on the pre-merger map, for one of the provinces it
 * succeeded (then planProvinceCode is the old code).
 *
 * @param year the target's year; null for a target over the whole period
 */
public record EffectiveTarget(
    UUID planId,
    UUID lineageId,
    int planVersion,
    String mapVersion,
    String planProvinceCode,
    String currentProvinceCode,
    int periodStart,
    int periodEnd,
    String indicatorCode,
    String communeCode,
    Integer year,
    Accumulation accumulation,
    TargetKind kind,
    BigDecimal value) {}
