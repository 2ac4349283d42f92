package vn.ocop.rating.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A versioned rule set (bộ tiêu chí và quy trình đánh giá, phân hạng): the star bands, who may
 * recognise which star class, certificate validity and the council's rules, as in force between two
 * dates. Rule sets are data, loaded from a file; a published version is never edited, an amendment
 * is a new version. A dossier is judged by the rule set its cycle opened under.
 *
 * <p>The constructor rejects an inconsistent rule set (gaps or overlaps between bands, a star class
 * no level may recognise, …), so the service fails at start rather than mid-evaluation.
 *
 * @param version stable key, e.g. {@code QD148-2023+QD1489-2025}
 * @param legalBasis the decisions this version implements
 * @param effectiveFrom first day in force
 * @param effectiveTo last day in force, inclusive; null while in force
 * @param maxScore the highest total of a score sheet (100)
 * @param starBands contiguous half-open bands from 0 to {@code maxScore}
 * @param minimumRecognisedStar the lowest star class that can be recognised and certified (3)
 * @param certificateValidityMonths validity of a certificate issued under this version (36)
 * @param levels which level recognises which star classes
 * @param council quorum and score-spread rules of councils
 * @param criteriaVersion the evaluation sheets (phiếu đánh giá) used, a directory under
 *     rules/criteria; process amendments such as Decision 1489 keep the criteria of 148
 * @param forwarding from which score a product goes up from one level to the next
 * @param communePreReview whether the commune reviews the commune-review criteria before the
 *     dossier reaches the province (Decision 1489)
 */
public record RuleSet(
    String version,
    String title,
    List<String> legalBasis,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    BigDecimal maxScore,
    List<StarBand> starBands,
    int minimumRecognisedStar,
    int certificateValidityMonths,
    List<LevelAuthority> levels,
    CouncilRules council,
    String criteriaVersion,
    List<LevelForwarding> forwarding,
    boolean communePreReview) {

  public RuleSet {
    if (version == null || version.isBlank()) {
      throw new InvalidRuleSetException("a rule set has no version");
    }
    legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
    starBands =
        starBands == null
            ? List.of()
            : starBands.stream().sorted(Comparator.comparing(StarBand::from)).toList();
    levels = levels == null ? List.of() : List.copyOf(levels);
    forwarding = forwarding == null ? List.of() : List.copyOf(forwarding);
    validate(
        version,
        effectiveFrom,
        effectiveTo,
        maxScore,
        starBands,
        minimumRecognisedStar,
        certificateValidityMonths,
        levels,
        council);
    validateCriteriaAndForwarding(version, criteriaVersion, maxScore, levels, forwarding);
  }

  /** Where a product scoring enough at {@code level} is sent next, if anywhere. */
  public Optional<LevelForwarding> forwardingFrom(EvaluationLevel level) {
    return forwarding.stream().filter(rule -> rule.fromLevel() == level).findFirst();
  }

  /**
   * The star class of an average score (điểm trung bình), over half-open bands: 89.99 is 4★, 90 is
   * 5★.
   *
   * @throws IllegalArgumentException for an average outside 0 to {@link #maxScore()}
   */
  public int starClassFor(BigDecimal average) {
    if (average == null
        || average.compareTo(BigDecimal.ZERO) < 0
        || average.compareTo(maxScore) > 0) {
      throw new IllegalArgumentException(
          "average " + average + " is outside 0 to " + maxScore + " in rule set " + version);
    }
    for (StarBand band : starBands) {
      if (band.contains(average)) {
        return band.stars();
      }
    }
    // The top band is closed at maxScore.
    return starBands.get(starBands.size() - 1).stars();
  }

  public boolean isInForceOn(LocalDate date) {
    return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
  }

  /** Whether a result of that star class can be recognised at all (3★ and above). */
  public boolean isRecognisable(int stars) {
    return stars >= minimumRecognisedStar && stars <= topStar();
  }

  /** The level that recognises a star class, empty for classes that are never recognised. */
  public Optional<EvaluationLevel> competentLevel(int stars) {
    return levels.stream()
        .filter(authority -> authority.recognises().contains(stars))
        .map(LevelAuthority::level)
        .findFirst();
  }

  public boolean mayRecognise(EvaluationLevel level, int stars) {
    return competentLevel(stars).filter(level::equals).isPresent();
  }

  /** Whether this rule set has councils and decisions at that level (no districts after 2025). */
  public boolean hasLevel(EvaluationLevel level) {
    return levels.stream().anyMatch(authority -> authority.level() == level);
  }

  public int topStar() {
    return starBands.get(starBands.size() - 1).stars();
  }

  private static void validate(
      String version,
      LocalDate effectiveFrom,
      LocalDate effectiveTo,
      BigDecimal maxScore,
      List<StarBand> bands,
      int minimumRecognisedStar,
      int certificateValidityMonths,
      List<LevelAuthority> levels,
      CouncilRules council) {
    String where = "rule set " + version + ": ";
    if (effectiveFrom == null) {
      throw new InvalidRuleSetException(where + "effectiveFrom is required");
    }
    if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
      throw new InvalidRuleSetException(where + "effectiveTo is before effectiveFrom");
    }
    if (maxScore == null || maxScore.signum() <= 0) {
      throw new InvalidRuleSetException(where + "maxScore must be positive");
    }
    validateBands(where, maxScore, bands);
    int topStar = bands.get(bands.size() - 1).stars();
    if (minimumRecognisedStar < 1 || minimumRecognisedStar > topStar) {
      throw new InvalidRuleSetException(
          where + "minimumRecognisedStar must be a star class of the bands");
    }
    if (certificateValidityMonths <= 0) {
      throw new InvalidRuleSetException(where + "certificateValidityMonths must be positive");
    }
    validateLevels(where, levels, minimumRecognisedStar, topStar);
    if (council == null) {
      throw new InvalidRuleSetException(where + "council rules are required");
    }
    if (council.quorumPercent() < 1 || council.quorumPercent() > 100) {
      throw new InvalidRuleSetException(where + "quorumPercent must be 1 to 100");
    }
    if (council.maxScoreSpread() != null && council.maxScoreSpread() <= 0) {
      throw new InvalidRuleSetException(where + "maxScoreSpread must be positive when set");
    }
  }

  private static void validateCriteriaAndForwarding(
      String version,
      String criteriaVersion,
      BigDecimal maxScore,
      List<LevelAuthority> levels,
      List<LevelForwarding> forwarding) {
    String where = "rule set " + version + ": ";
    if (criteriaVersion == null || !criteriaVersion.matches("[A-Za-z0-9][A-Za-z0-9+._-]*")) {
      throw new InvalidRuleSetException(
          where + "criteriaVersion must name a criteria directory, e.g. QD148-2023");
    }
    Set<EvaluationLevel> from = EnumSet.noneOf(EvaluationLevel.class);
    for (LevelForwarding rule : forwarding) {
      if (rule.fromLevel() == null || rule.toLevel() == null || rule.minScore() == null) {
        throw new InvalidRuleSetException(
            where + "forwarding needs fromLevel, toLevel and minScore");
      }
      boolean known =
          levels.stream().anyMatch(level -> level.level() == rule.fromLevel())
              && levels.stream().anyMatch(level -> level.level() == rule.toLevel());
      if (!known) {
        throw new InvalidRuleSetException(
            where
                + "forwarding "
                + rule.fromLevel()
                + "→"
                + rule.toLevel()
                + " names a level the rule set has not");
      }
      if (rule.fromLevel().compareTo(rule.toLevel()) >= 0) {
        throw new InvalidRuleSetException(
            where + "forwarding " + rule.fromLevel() + "→" + rule.toLevel() + " does not go up");
      }
      if (rule.minScore().signum() < 0 || rule.minScore().compareTo(maxScore) > 0) {
        throw new InvalidRuleSetException(
            where + "forwarding minScore " + rule.minScore() + " is outside 0 to " + maxScore);
      }
      if (!from.add(rule.fromLevel())) {
        throw new InvalidRuleSetException(where + "two forwarding rules from " + rule.fromLevel());
      }
    }
  }

  private static void validateBands(String where, BigDecimal maxScore, List<StarBand> bands) {
    if (bands.isEmpty()) {
      throw new InvalidRuleSetException(where + "no star bands");
    }
    if (bands.get(0).from().signum() != 0) {
      throw new InvalidRuleSetException(where + "the lowest band must start at 0");
    }
    for (int i = 0; i < bands.size(); i++) {
      StarBand band = bands.get(i);
      if (band.stars() != i + 1) {
        throw new InvalidRuleSetException(
            where + "star classes must rise from 1 with the score, band " + i + " is " + band);
      }
      boolean last = i == bands.size() - 1;
      if (last) {
        if (band.below() != null) {
          throw new InvalidRuleSetException(
              where + "the top band must be open-ended (below = null) up to maxScore");
        }
        if (band.from().compareTo(maxScore) > 0) {
          throw new InvalidRuleSetException(where + "the top band starts above maxScore");
        }
      } else {
        StarBand next = bands.get(i + 1);
        if (band.below() == null || band.below().compareTo(band.from()) <= 0) {
          throw new InvalidRuleSetException(where + "band " + band + " is empty or open-ended");
        }
        if (band.below().compareTo(next.from()) != 0) {
          throw new InvalidRuleSetException(
              where + "bands must be contiguous: " + band + " then " + next);
        }
      }
    }
  }

  private static void validateLevels(
      String where, List<LevelAuthority> levels, int minimumRecognisedStar, int topStar) {
    Set<EvaluationLevel> seen = EnumSet.noneOf(EvaluationLevel.class);
    Set<Integer> recognised = new HashSet<>();
    for (LevelAuthority authority : levels) {
      if (authority.level() == null || !seen.add(authority.level())) {
        throw new InvalidRuleSetException(where + "levels must be named once each");
      }
      for (int stars : authority.recognises()) {
        if (stars < minimumRecognisedStar || stars > topStar) {
          throw new InvalidRuleSetException(
              where + authority.level() + " recognises " + stars + "★, which is not recognisable");
        }
        if (!recognised.add(stars)) {
          throw new InvalidRuleSetException(
              where + stars + "★ is recognised by more than one level");
        }
      }
    }
    for (int stars = minimumRecognisedStar; stars <= topStar; stars++) {
      if (!recognised.contains(stars)) {
        throw new InvalidRuleSetException(where + "no level recognises " + stars + "★");
      }
    }
  }
}
