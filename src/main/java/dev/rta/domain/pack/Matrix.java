package dev.rta.domain.pack;

/** The two matrices whose cells rule runtimes out. */
public enum Matrix {
  FEATURES("features"),
  ECOSYSTEM("ecosystem");

  private final String id;

  Matrix(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
