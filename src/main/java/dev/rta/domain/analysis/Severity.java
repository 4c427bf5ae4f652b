package dev.rta.domain.analysis;

import java.util.Locale;

/** How serious a finding is, most serious first; written {@code error}, {@code warning}, {@code note} (as SARIF does). */
public enum Severity {
  ERROR,
  WARNING,
  NOTE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** One step less serious (a note stays a note). */
  public Severity lower() {
    return this == NOTE ? NOTE : values()[ordinal() + 1];
  }

  /** Whether this is at least as serious as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  @Override
  public String toString() {
    return id();
  }
}
