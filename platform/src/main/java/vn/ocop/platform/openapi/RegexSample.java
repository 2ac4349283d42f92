package vn.ocop.platform.openapi;

/**
 * A string that a simple regular expression matches: literals, escapes ({@code \d \w \s \S}),
 * character classes, groups, alternatives (the first is taken) and quantifiers (the least count, at
 * least one). The schemas' patterns are of this kind ({@code \d{2}}, {@code [A-Z][A-Z0-9_]{1,49}});
 * for anything else the answer is null and the caller keeps its own value.
 */
final class RegexSample {
  private final String pattern;
  private int pos;

  private RegexSample(String pattern) {
    this.pattern = pattern;
  }

  static String of(String pattern) {
    try {
      RegexSample sample = new RegexSample(pattern);
      String value = sample.alternatives();
      return sample.pos == pattern.length() ? value : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private String alternatives() {
    String first = sequence();
    while (pos < pattern.length() && pattern.charAt(pos) == '|') {
      pos++;
      sequence();
    }
    return first;
  }

  private String sequence() {
    StringBuilder out = new StringBuilder();
    while (pos < pattern.length() && pattern.charAt(pos) != '|' && pattern.charAt(pos) != ')') {
      String atom = atom();
      int count = quantifier();
      out.append(atom.repeat(count));
    }
    return out.toString();
  }

  private String atom() {
    char c = pattern.charAt(pos++);
    switch (c) {
      case '^':
      case '$':
        return "";
      case '(':
        if (pattern.startsWith("?:", pos)) {
          pos += 2;
        }
        String group = alternatives();
        expect(')');
        return group;
      case '[':
        return characterClass();
      case '\\':
        return escape(pattern.charAt(pos++));
      case '.':
        return "x";
      default:
        return String.valueOf(c);
    }
  }

  private String characterClass() {
    if (pattern.charAt(pos) == '^') {
      throw new IllegalArgumentException("negated class");
    }
    String first = null;
    while (pattern.charAt(pos) != ']') {
      char c = pattern.charAt(pos++);
      String member = c == '\\' ? escape(pattern.charAt(pos++)) : String.valueOf(c);
      if (first == null) {
        first = member;
      }
    }
    pos++;
    if (first == null) {
      throw new IllegalArgumentException("empty class");
    }
    return first;
  }

  private static String escape(char c) {
    return switch (c) {
      case 'd' -> "1";
      case 'w', 'S' -> "x";
      case 's' -> " ";
      case 'D', 'W' -> "-";
      default -> String.valueOf(c);
    };
  }

  /** The least count a quantifier allows, but at least one so that optional parts show. */
  private int quantifier() {
    if (pos >= pattern.length()) {
      return 1;
    }
    char c = pattern.charAt(pos);
    if (c == '?' || c == '*' || c == '+') {
      pos++;
      skipLazy();
      return 1;
    }
    if (c == '{') {
      int end = pattern.indexOf('}', pos);
      String[] bounds = pattern.substring(pos + 1, end).split(",", -1);
      pos = end + 1;
      skipLazy();
      return Math.max(1, Integer.parseInt(bounds[0].trim()));
    }
    return 1;
  }

  private void skipLazy() {
    if (pos < pattern.length() && pattern.charAt(pos) == '?') {
      pos++;
    }
  }

  private void expect(char c) {
    if (pattern.charAt(pos++) != c) {
      throw new IllegalArgumentException("expected " + c);
    }
  }
}
