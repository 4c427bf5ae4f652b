package dev.rta.domain;

/** The type of an answer key. */
public enum AnswerType {
  ENUM("enum"),
  BOOL("bool"),
  INTEGER("integer"),
  NUMBER("number"),
  LIST("list");

  private final String id;

  AnswerType(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
