package dev.rta.domain.pack;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The three scenario lists of a profile: ✅ suitable, ⚠️ caution, ❌ unsuitable. */
public enum Suitability {
  SUITABLE("✅"),
  CAUTION("⚠️"),
  UNSUITABLE("❌");

  private final String symbol;

  Suitability(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The list named {@code suitable}, {@code caution} or {@code unsuitable}; null for anything else. */
  public static @Nullable Suitability parse(@Nullable String id) {
    for (Suitability s : values()) {
      if (s.id().equals(id)) {
        return s;
      }
    }
    return null;
  }

  /** This list of the scenarios. */
  public java.util.List<ScenarioNote> of(Scenarios scenarios) {
    return switch (this) {
      case SUITABLE -> scenarios.suitable();
      case CAUTION -> scenarios.caution();
      case UNSUITABLE -> scenarios.unsuitable();
    };
  }
}
