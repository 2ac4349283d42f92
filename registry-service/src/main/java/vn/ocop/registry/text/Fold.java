package vn.ocop.registry.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text folded for matching: no diacritics, đ as d, lower case, single spaces. People
 * type "ca phe", "dak lak" or "Cà Phê" for the same thing.
 */
public final class Fold {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Fold() {}

  /** The folded form; null stays null. */
  public static String fold(String text) {
    if (text == null) {
      return null;
    }
    String decomposed =
        Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
    String bare = MARKS.matcher(decomposed).replaceAll("");
    return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
