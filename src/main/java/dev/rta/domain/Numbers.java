package dev.rta.domain;

import java.math.BigDecimal;

/** Formats numbers without a trailing {@code .0}. */
public final class Numbers {
  /**
   * The largest magnitude an answer may have: larger numbers are refused, not clamped, and every number up to it
   * prints in full.
   */
  public static final double MAX = 1e15;

  private Numbers() {}

  public static String format(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
  }
}
