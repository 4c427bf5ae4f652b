package dev.rta.domain.analysis;

import java.util.Locale;

/** How a dependency path is switched on, strongest first. */
public enum Activation {
  ALWAYS,
  FEATURE,
  TARGET,
  DEV,
  BUILD;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
