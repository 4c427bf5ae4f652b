package dev.rta.engine;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Which layers of the knowledge pack decide. */
public enum Baseline {
  /** The document exactly. */
  SEED,
  /** The document with the corrections layer (the default). */
  CURRENT;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static @Nullable Baseline parse(String s) {
    for (Baseline b : values()) {
      if (b.id().equals(s.toLowerCase(Locale.ROOT))) {
        return b;
      }
    }
    return null;
  }
}
