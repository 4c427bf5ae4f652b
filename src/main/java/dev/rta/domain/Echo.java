package dev.rta.domain;

/** A value the user wrote, shortened to quote it in a one-line message. */
public final class Echo {
  /** The longest echo, in code points, before it is cut with an ellipsis. */
  static final int MAX = 40;

  private Echo() {}

  /** The value, or its first {@value #MAX} code points and "…" when it is longer. */
  public static String shorten(String value) {
    if (value.codePointCount(0, value.length()) <= MAX) {
      return value;
    }
    return value.substring(0, value.offsetByCodePoints(0, MAX)) + "…";
  }

  /** The shortened value in single quotes. */
  public static String quoted(String value) {
    return "'" + shorten(value) + "'";
  }
}
