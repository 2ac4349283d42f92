package vn.ocop.rating.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.rating.RatingConfig;

/**
 * The rule sets this service knows, loaded from a file at start and checked there: each version
 * valid on its own, versions unique, and periods in force that never overlap, so that exactly one
 * version (or none) is in force on any day.
 */
@Startup
@ApplicationScoped
public class RuleSets {
  private static final Logger LOG = Logger.getLogger(RuleSets.class);

  private final List<RuleSet> all;

  @Inject
  RuleSets(RatingConfig config, ObjectMapper mapper) {
    this(load(config.ruleSets(), mapper));
    LOG.infof(
        "loaded %d rule sets from %s: %s",
        all.size(), config.ruleSets(), all.stream().map(RuleSet::version).toList());
  }

  /** A catalogue of the given rule sets, checked as if loaded from the file. */
  public RuleSets(List<RuleSet> ruleSets) {
    this.all = checked(ruleSets);
  }

  /** Every version, oldest first. */
  public List<RuleSet> all() {
    return all;
  }

  public Optional<RuleSet> find(String version) {
    return all.stream().filter(ruleSet -> ruleSet.version().equals(version)).findFirst();
  }

  /** The version a stored record names; it must exist, since versions are never removed. */
  public RuleSet byVersion(String version) {
    return find(version)
        .orElseThrow(
            () -> new IllegalStateException("rule set " + version + " is no longer configured"));
  }

  /** The version in force on a date; a cycle opened that day is judged by it. */
  public Optional<RuleSet> inForceOn(LocalDate date) {
    return all.stream().filter(ruleSet -> ruleSet.isInForceOn(date)).findFirst();
  }

  /** Like {@link #inForceOn} for a request: no rule set in force is a 409. */
  public RuleSet requireInForceOn(LocalDate date) {
    return inForceOn(date)
        .orElseThrow(
            () ->
                ProblemException.conflict(
                    "NO_RULE_SET_IN_FORCE", "No rule set is in force on " + date));
  }

  /** Reads a rule-set file from the classpath; each version is checked as it is built. */
  public static List<RuleSet> load(String resource, ObjectMapper mapper) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new InvalidRuleSetException("rule-set file " + resource + " is not on the classpath");
      }
      RuleSetFile file = mapper.readValue(in, RuleSetFile.class);
      if (file.ruleSets() == null || file.ruleSets().isEmpty()) {
        throw new InvalidRuleSetException("rule-set file " + resource + " holds no rule set");
      }
      return file.ruleSets();
    } catch (IOException e) {
      Throwable cause = e;
      while (cause.getCause() != null && !(cause instanceof InvalidRuleSetException)) {
        cause = cause.getCause();
      }
      throw new InvalidRuleSetException(
          "rule-set file " + resource + " cannot be used: " + cause.getMessage(), e);
    }
  }

  private static List<RuleSet> checked(List<RuleSet> ruleSets) {
    Set<String> versions = new HashSet<>();
    List<RuleSet> sorted = new ArrayList<>(ruleSets);
    sorted.sort(Comparator.comparing(RuleSet::effectiveFrom));
    for (int i = 0; i < sorted.size(); i++) {
      RuleSet ruleSet = sorted.get(i);
      if (!versions.add(ruleSet.version())) {
        throw new InvalidRuleSetException("rule set " + ruleSet.version() + " is defined twice");
      }
      if (i > 0) {
        RuleSet previous = sorted.get(i - 1);
        if (previous.effectiveTo() == null
            || !previous.effectiveTo().isBefore(ruleSet.effectiveFrom())) {
          throw new InvalidRuleSetException(
              "rule sets "
                  + previous.version()
                  + " and "
                  + ruleSet.version()
                  + " are both in force on "
                  + ruleSet.effectiveFrom());
        }
      }
    }
    return List.copyOf(sorted);
  }

  /** The shape of the rule-set file. */
  record RuleSetFile(List<RuleSet> ruleSets) {}
}
