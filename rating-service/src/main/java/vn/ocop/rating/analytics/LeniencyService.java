package vn.ocop.rating.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.rating.analytics.LeniencyQueries.Key;
import vn.ocop.rating.analytics.LeniencyQueries.Scope;
import vn.ocop.rating.rules.EvaluationLevel;
import vn.ocop.rating.rules.Provinces;

/**
 * Leniency analytics (capability 8): how generously councils, provinces and members score, so that
 * over-lenient local rating shows. Officers see their province's councils, national roles all.
 */
@ApplicationScoped
public class LeniencyService {
  private static final String ALL = "all";

  private final LeniencyQueries queries;
  private final Provinces provinces;

  LeniencyService(LeniencyQueries queries, Provinces provinces) {
    this.queries = queries;
    this.provinces = provinces;
  }

  public CouncilLeniency council(UUID councilId, Caller caller) {
    String id = councilId.toString();
    LeniencyQueries.CouncilRow council =
        queries.councils(Scope.COUNCIL, id).stream()
            .findFirst()
            .filter(found -> caller.isNational() || isOwnProvince(found.provinceCode(), caller))
            .orElseThrow(() -> ProblemException.notFound("Council", councilId));
    Map<String, LeniencyQueries.Row> all = queries.figures(Scope.COUNCIL, id, Key.ALL);
    return new CouncilLeniency(
        council.id(),
        council.name(),
        EvaluationLevel.valueOf(council.level()),
        council.provinceCode(),
        figuresOf(all),
        queries
            .results(Scope.COUNCIL, id, Key.ALL)
            .getOrDefault(ALL, LeniencyQueries.results(0, 0)),
        members(Scope.COUNCIL, id));
  }

  public ProvinceLeniency province(String provinceCode, Caller caller) {
    if (!provinces.exists(provinceCode)
        || !(caller.isNational() || isOwnProvince(provinceCode, caller))) {
      throw ProblemException.notFound("Province", provinceCode);
    }
    Map<String, LeniencyQueries.Row> perCouncil =
        queries.figures(Scope.PROVINCE, provinceCode, Key.COUNCIL);
    Map<String, Results> resultsPerCouncil =
        queries.results(Scope.PROVINCE, provinceCode, Key.COUNCIL);
    List<ProvinceLeniency.CouncilSummary> councils =
        queries.councils(Scope.PROVINCE, provinceCode).stream()
            .map(
                council -> {
                  String key = council.id().toString();
                  LeniencyQueries.Row row = perCouncil.get(key);
                  return new ProvinceLeniency.CouncilSummary(
                      council.id(),
                      council.name(),
                      EvaluationLevel.valueOf(council.level()),
                      row == null ? LeniencyQueries.empty() : row.figures(),
                      resultsPerCouncil.getOrDefault(key, LeniencyQueries.results(0, 0)));
                })
            .toList();
    return new ProvinceLeniency(
        provinceCode,
        figuresOf(queries.figures(Scope.PROVINCE, provinceCode, Key.ALL)),
        queries
            .results(Scope.PROVINCE, provinceCode, Key.ALL)
            .getOrDefault(ALL, LeniencyQueries.results(0, 0)),
        councils,
        members(Scope.PROVINCE, provinceCode));
  }

  private List<MemberLeniency> members(Scope scope, String value) {
    return queries.figures(scope, value, Key.MEMBER).entrySet().stream()
        .map(
            entry ->
                new MemberLeniency(
                    entry.getKey(),
                    entry.getValue().figures(),
                    entry.getValue().meanDeviation(),
                    entry.getValue().compared()))
        .toList();
  }

  private static Figures figuresOf(Map<String, LeniencyQueries.Row> all) {
    LeniencyQueries.Row row = all.get(ALL);
    return row == null ? LeniencyQueries.empty() : row.figures();
  }

  private static boolean isOwnProvince(String provinceCode, Caller caller) {
    return provinceCode != null && provinceCode.equals(caller.provinceCode());
  }
}
