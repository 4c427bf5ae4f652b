package dev.rta.domain;

/** Three-valued (Kleene) logic: a condition on an unknown answer is UNKNOWN, and a rule fires only on TRUE. */
public enum Tri {
  TRUE,
  FALSE,
  UNKNOWN;

  public static Tri of(boolean b) {
    return b ? TRUE : FALSE;
  }

  public Tri not() {
    return switch (this) {
      case TRUE -> FALSE;
      case FALSE -> TRUE;
      case UNKNOWN -> UNKNOWN;
    };
  }

  public boolean isTrue() {
    return this == TRUE;
  }
}
