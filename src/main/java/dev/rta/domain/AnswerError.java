package dev.rta.domain;

import org.jspecify.annotations.Nullable;

/** A bad answer key or value; the caller adds where it was written. */
public class AnswerError extends Exception {
  private static final long serialVersionUID = 1L;
  private final @Nullable String hint;

  public AnswerError(String message, @Nullable String hint) {
    super(message);
    this.hint = hint;
  }

  public @Nullable String hint() {
    return hint;
  }
}
