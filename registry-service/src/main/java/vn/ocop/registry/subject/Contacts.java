package vn.ocop.registry.subject;

import java.util.regex.Pattern;
import vn.ocop.platform.problem.ProblemException;

/** How a subject's phone number and e-mail address are checked and stored. */
final class Contacts {
  /** Vietnamese numbers as people write them: 0912 345 678, +84 912.345.678, (0262) 3812 345. */
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .()-]{7,19}");

  private static final Pattern EMAIL =
      Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+", Pattern.UNICODE_CHARACTER_CLASS);

  private Contacts() {}

  /** The phone as stored (digits and a leading +), or null when blank. */
  static String phone(String phone) {
    if (phone == null || phone.isBlank()) {
      return null;
    }
    String value = phone.strip();
    if (!PHONE.matcher(value).matches()) {
      throw ProblemException.invalidField(
          "phone", "Phone", "'" + value + "' is not a phone number (8 to 20 digits, +, spaces)");
    }
    String digits = value.replaceAll("[^0-9+]", "");
    if (digits.replace("+", "").length() < 8 || digits.length() > 16) {
      throw ProblemException.invalidField(
          "phone", "Phone", "'" + value + "' has " + digits.length() + " digits; 8 to 15 expected");
    }
    return digits;
  }

  /** The e-mail address as stored (trimmed), or null when blank. */
  static String email(String email) {
    if (email == null || email.isBlank()) {
      return null;
    }
    String value = email.strip();
    if (value.length() > 200 || !EMAIL.matcher(value).matches()) {
      throw ProblemException.invalidField(
          "email", "Email", "'" + value + "' is not an e-mail address");
    }
    return value;
  }
}
