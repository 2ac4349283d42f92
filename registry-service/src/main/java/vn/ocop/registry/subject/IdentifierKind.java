package vn.ocop.registry.subject;

import java.util.regex.Pattern;
import vn.ocop.platform.problem.ProblemException;

/**
 * The kind of legal identifier a subject is known by, which follows from its type (Decree 01/2021
 * Art. 8; Circular 86/2024/TT-BTC).
 */
public enum IdentifierKind {
  /**
   * Tax code = enterprise / cooperative code: 10 digits, or 13 for a branch as {@code
   * NNNNNNNNNN-NNN}.
   */
  TAX_CODE(
      Pattern.compile("\\d{10}(-\\d{3})?"), "TaxCode", "10 digits, or NNNNNNNNNN-NNN for a branch"),

  /** From 1 July 2025 a household business uses its representative's 12-digit personal id. */
  PERSONAL_ID(
      Pattern.compile("\\d{12}"), "PersonalId", "the representative's 12-digit personal id"),

  /** Cooperative groups (tổ hợp tác) have no registry identifier. */
  NONE(null, "Null", "no identifier");

  private final Pattern format;
  private final String rule;
  private final String expected;

  IdentifierKind(Pattern format, String rule, String expected) {
    this.format = format;
    this.rule = rule;
    this.expected = expected;
  }

  /**
   * Checks an identifier against this kind and returns it as stored (trimmed).
   *
   * @throws ProblemException 400 on field {@code identifier}, rule {@code TaxCode}, {@code
   *     PersonalId}, {@code NotBlank} or {@code Null}
   */
  public String check(String identifier, SubjectType type) {
    String value = identifier == null ? null : identifier.strip();
    if (value != null && value.isEmpty()) {
      value = null;
    }
    if (this == NONE) {
      if (value != null) {
        throw ProblemException.invalidField(
            "identifier", rule, "A " + type.label() + " has no identifier; leave it out");
      }
      return null;
    }
    if (value == null) {
      throw ProblemException.invalidField(
          "identifier", "NotBlank", "A " + type.label() + " is identified by " + expected);
    }
    if (!format.matcher(value).matches()) {
      throw ProblemException.invalidField(
          "identifier",
          rule,
          "A " + type.label() + " is identified by " + expected + ", not '" + value + "'");
    }
    return value;
  }
}
