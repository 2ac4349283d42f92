package vn.ocop.rating.businessplan;

import java.util.List;

/** What a subject writes in its business plan, first and on each revision. */
public record PlanFields(
    String summary,
    long investmentVnd,
    String capitalSources,
    String productionCapacity,
    String targetMarket,
    String timeline,
    List<SupportKind> requestedSupport) {}
