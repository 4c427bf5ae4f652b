package dev.rta.domain.analysis;

/** Whether a runtime runs in the project or is only a dependency of a library (facts §3). */
public enum UseStatus {
  IN_USE("in-use"),
  PULLED_IN("pulled-in");

  private final String id;

  UseStatus(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
