package vn.ocop.registry.text;

import java.text.Normalizer;

/**
 * Vietnamese text as stored: NFC-normalised and trimmed. The same name typed on two keyboards ("Cà
 * phê" precomposed or with combining marks) must be the same string in the database.
 */
public final class Nfc {
  private Nfc() {}

  /** The NFC form, trimmed; null stays null and blank becomes null. */
  public static String normalise(String text) {
    if (text == null) {
      return null;
    }
    String normalised = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    return normalised.isEmpty() ? null : normalised;
  }
}
