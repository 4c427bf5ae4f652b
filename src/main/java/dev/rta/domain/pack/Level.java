package dev.rta.domain.pack;

/** A matrix cell: ✅, ⚠️ or ❌. */
public enum Level {
  YES("✅"),
  PARTIAL("⚠️"),
  NO("❌");

  private final String symbol;

  Level(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  public String id() {
    return this == YES ? "yes" : this == PARTIAL ? "partial" : "no";
  }
}
