package vn.ocop.registry.verification;

import java.util.Locale;
import vn.ocop.platform.problem.ProblemException;

/**
 * The shape of a certificate's public verification code (mã xác thực), as {@code
 * certificate.PublicCodes} makes it: 26 characters of the lower-case RFC 4648 base32 alphabet.
 * Checked before any look-up, so that garbage never reaches the cache or the database. Upper case
 * is accepted: the code may be typed from the paper certificate.
 */
final class PublicCode {
  static final int LENGTH = 26;

  private PublicCode() {}

  /**
   * The code in its canonical (lower-case) form.
   *
   * @throws ProblemException 400 naming {@code code} (rule {@code PublicCode}) if malformed
   */
  static String require(String code) {
    if (code == null || code.length() != LENGTH) {
      throw malformed();
    }
    String lower = code.toLowerCase(Locale.ROOT);
    for (int i = 0; i < LENGTH; i++) {
      char c = lower.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '2' && c <= '7'))) {
        throw malformed();
      }
    }
    return lower;
  }

  private static ProblemException malformed() {
    return ProblemException.invalidField(
        "code",
        "PublicCode",
        "A verification code is " + LENGTH + " letters a-z and digits 2-7, as printed");
  }
}
