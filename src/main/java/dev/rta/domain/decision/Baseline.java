package dev.rta.domain.decision;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Which layers of the knowledge pack decide: the document alone (seed) or with the corrections (current). */
public enum Baseline {
  /** The document exactly. */
  SEED,
  /** The document with the corrections layer (the default). */
  CURRENT;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The id, as users write it ({@code --baseline seed}). */
  @Override
  public String toString() {
    return id();
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
