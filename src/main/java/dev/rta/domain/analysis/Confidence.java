package dev.rta.domain.analysis;

import java.util.Locale;

/** How sure rta is of a claim: resolved facts are high, lockfile guesses and token scans lower. */
public enum Confidence {
  HIGH,
  MEDIUM,
  LOW;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The weaker of the two. */
  public Confidence min(Confidence other) {
    return ordinal() >= other.ordinal() ? this : other;
  }
}
