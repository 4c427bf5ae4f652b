package dev.rta.domain.analysis;

/**
 * Whether a runtime runs in a member, is only a dependency of a library (facts §3), or is declared by the
 * member but never used by its sources.
 */
public enum UseStatus {
  IN_USE("in-use"),
  PULLED_IN("pulled-in"),
  DECLARED_UNUSED("declared-unused");

  private final String id;

  UseStatus(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
