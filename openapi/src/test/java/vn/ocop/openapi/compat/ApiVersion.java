package vn.ocop.openapi.compat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code info.version} of an API document, read as semantic versioning. Below 1.0 the minor
 * number plays the part of the major one (as Cargo and npm's caret ranges read it): 0.2.0 may break
 * 0.1.x, 0.1.1 may not.
 */
record ApiVersion(int major, int minor, int patch) implements Comparable<ApiVersion> {

  private static final Pattern SEMVER = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)(?:[-+].*)?");

  static ApiVersion parse(String text) {
    Matcher m = text == null ? null : SEMVER.matcher(text.strip());
    if (m == null || !m.matches()) {
      throw new IllegalArgumentException(
          "info.version must be MAJOR.MINOR.PATCH (semantic versioning), found: " + text);
    }
    return new ApiVersion(
        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
  }

  /** Whether this version announces, relative to {@code released}, that clients may break. */
  boolean allowsBreakingChangesSince(ApiVersion released) {
    if (major != released.major) {
      return major > released.major;
    }
    return major == 0 && minor > released.minor;
  }

  @Override
  public int compareTo(ApiVersion other) {
    if (major != other.major) {
      return Integer.compare(major, other.major);
    }
    if (minor != other.minor) {
      return Integer.compare(minor, other.minor);
    }
    return Integer.compare(patch, other.patch);
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}
