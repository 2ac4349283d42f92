package vn.ocop.registry.text;

import java.text.Normalizer;

/**
 * Vietnamese text folded for accent- and case-insensitive search: "Cà phê Đắk Lắk" becomes "ca phe
 * dak lak", so that a consumer typing without diacritics (as on most phone keyboards) still finds
 * the product. The registry stores the folded form in the {@code search_text} columns of {@code
 * subject} and {@code product}; queries are folded the same way and matched with {@code like '%…%'}
 * on a trigram index.
 *
 * <p>Folding: canonical decomposition (NFD), combining marks removed (tones and the circumflex,
 * breve and horn), đ/Đ to d (a letter of its own, not a d with a mark, so NFD leaves it), lower
 * case, every run of characters that are neither letters nor digits collapsed to one space,
 * trimmed. Writers that bypass JPA (a bulk {@code COPY}) must fill the column with {@link #of} too.
 */
public final class SearchText {
  private SearchText() {}

  /** The folded form; null stays null, and text with no letter or digit folds to "". */
  public static String of(String text) {
    if (text == null) {
      return null;
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder folded = new StringBuilder(decomposed.length());
    boolean pendingSpace = false;
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      i += Character.charCount(c);
      if (Character.getType(c) == Character.NON_SPACING_MARK
          || Character.getType(c) == Character.COMBINING_SPACING_MARK
          || Character.getType(c) == Character.ENCLOSING_MARK) {
        continue;
      }
      if (c == 'đ' || c == 'Đ') {
        c = 'd';
      }
      if (Character.isLetterOrDigit(c)) {
        if (pendingSpace && folded.length() > 0) {
          folded.append(' ');
        }
        pendingSpace = false;
        folded.appendCodePoint(Character.toLowerCase(c));
      } else {
        pendingSpace = true;
      }
    }
    return folded.toString();
  }
}
