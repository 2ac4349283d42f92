package vn.ocop.gateway.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import vn.ocop.platform.problem.ProblemException;

/**
 * The rules a new password (mật khẩu) must keep: 12 to 128 characters, not the username inside it,
 * not one of the commonly used passwords ({@code account/common-passwords.txt}), not one character
 * repeated. Length beats composition rules (NIST SP 800-63B), so there are none of those.
 */
@ApplicationScoped
public class PasswordPolicy {
  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  private final Set<String> common = load();

  /**
   * @param field the request field that carries the password, named in the 400 answer
   * @throws ProblemException 400 {@code VALIDATION_FAILED} naming the field and the broken rule
   *     ({@code length}, {@code containsUsername}, {@code common}, {@code repeated})
   */
  public void check(String field, String username, String password) {
    if (password == null) {
      throw ProblemException.invalidField(field, "NotNull", "A password is required");
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH || length > MAX_LENGTH) {
      throw ProblemException.invalidField(
          field,
          "length",
          "A password has "
              + MIN_LENGTH
              + " to "
              + MAX_LENGTH
              + " characters; this one has "
              + length);
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
      throw ProblemException.invalidField(
          field, "containsUsername", "A password must not contain the username");
    }
    if (password.codePoints().distinct().count() == 1) {
      throw ProblemException.invalidField(
          field, "repeated", "A password must not be one character repeated");
    }
    if (common.contains(lower)) {
      throw ProblemException.invalidField(
          field, "common", "This password is among the most commonly used ones; choose another");
    }
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>();
    try (InputStream in =
            PasswordPolicy.class
                .getClassLoader()
                .getResourceAsStream("account/common-passwords.txt");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
