package vn.ocop.rating.criteria;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.rating.RatingConfig;
import vn.ocop.rating.rules.InvalidRuleSetException;
import vn.ocop.rating.rules.RuleSet;
import vn.ocop.rating.rules.RuleSets;

/**
 * The evaluation sheets (phiếu đánh giá) of every criteria version the rule sets name, loaded from
 * the classpath at start and validated there: an inconsistent sheet stops the service with a
 * message naming the sheet, the code and the rule, rather than mis-scoring a dossier later.
 */
@Startup
@ApplicationScoped
public class CriteriaCatalogue {
  private static final Logger LOG = Logger.getLogger(CriteriaCatalogue.class);

  private final Map<String, CriteriaIndex> indexes = new LinkedHashMap<>();
  private final Map<String, Map<Integer, EvaluationSheet>> sheets = new LinkedHashMap<>();

  @Inject
  CriteriaCatalogue(RuleSets ruleSets, RatingConfig config, ObjectMapper mapper) {
    this(ruleSets, config.criteria(), mapper);
  }

  /** Loads the criteria versions of the given rule sets from {@code directory} on the classpath. */
  public CriteriaCatalogue(RuleSets ruleSets, String directory, ObjectMapper mapper) {
    for (RuleSet ruleSet : ruleSets.all()) {
      String version = ruleSet.criteriaVersion();
      if (sheets.containsKey(version)) {
        checkMaxScore(version, ruleSet.maxScore());
        continue;
      }
      load(directory, version, ruleSet.maxScore(), mapper);
    }
  }

  /** The versions loaded, in the order of the rule sets naming them. */
  public List<String> versions() {
    return List.copyOf(sheets.keySet());
  }

  public Optional<CriteriaIndex> index(String criteriaVersion) {
    return Optional.ofNullable(indexes.get(criteriaVersion));
  }

  /** The sheets of a version, by product set number; empty for an unknown version. */
  public List<EvaluationSheet> sheets(String criteriaVersion) {
    return List.copyOf(sheets.getOrDefault(criteriaVersion, Map.of()).values());
  }

  /**
   * The sheet a product of that set is scored on.
   *
   * @throws ProblemException 422 {@code NO_SHEET_FOR_PRODUCT_SET} on field {@code productSet}
   */
  public EvaluationSheet sheet(String criteriaVersion, int productSet) {
    EvaluationSheet sheet = sheets.getOrDefault(criteriaVersion, Map.of()).get(productSet);
    if (sheet == null) {
      throw new ProblemException(
          422,
          "NO_SHEET_FOR_PRODUCT_SET",
          "No evaluation sheet for the product set",
          "Criteria version " + criteriaVersion + " has no sheet for product set " + productSet,
          List.of(
              new vn.ocop.platform.problem.FieldError(
                  "productSet",
                  "noSheet",
                  "criteria version " + criteriaVersion + " has no sheet " + productSet)));
    }
    return sheet;
  }

  private void load(String directory, String version, BigDecimal maxScore, ObjectMapper mapper) {
    String base = directory + "/" + version + "/";
    CriteriaIndex index = read(base + "index.json", CriteriaIndex.class, mapper);
    if (!version.equals(index.criteriaVersion())) {
      throw new InvalidRuleSetException(
          base + "index.json: criteriaVersion " + index.criteriaVersion() + " is not " + version);
    }
    if (index.sets() == null || index.sets().isEmpty()) {
      throw new InvalidRuleSetException(base + "index.json lists no sheet");
    }
    Map<Integer, EvaluationSheet> byNumber = new LinkedHashMap<>();
    List<String> corrections = new ArrayList<>();
    for (CriteriaIndex.SetEntry entry : index.sets()) {
      EvaluationSheet sheet = read(base + entry.file(), EvaluationSheet.class, mapper);
      if (!version.equals(sheet.criteriaVersion()) || sheet.productSet() != entry.productSet()) {
        throw new InvalidRuleSetException(
            base
                + entry.file()
                + ": names "
                + sheet.name()
                + ", the index says set "
                + entry.productSet());
      }
      if (byNumber.put(entry.productSet(), sheet) != null) {
        throw new InvalidRuleSetException(
            base + "index.json lists set " + entry.productSet() + " twice");
      }
      sheet.validate(maxScore);
      sheet.corrections().forEach(c -> corrections.add("set " + sheet.productSet() + " " + c.id()));
    }
    indexes.put(version, index);
    sheets.put(version, byNumber);
    LOG.infof(
        "loaded criteria %s: %d sheets, %d corrections applied to the source: %s",
        version, byNumber.size(), corrections.size(), corrections);
  }

  private void checkMaxScore(String version, BigDecimal maxScore) {
    for (EvaluationSheet sheet : sheets.get(version).values()) {
      sheet.validate(maxScore);
    }
  }

  private static <T> T read(String resource, Class<T> type, ObjectMapper mapper) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new InvalidRuleSetException("criteria file " + resource + " is not on the classpath");
      }
      return mapper.readValue(in, type);
    } catch (IOException e) {
      throw new InvalidRuleSetException(
          "criteria file " + resource + " cannot be used: " + e.getMessage(), e);
    }
  }
}
