package dev.rta.domain;

import org.jspecify.annotations.Nullable;

/** A bad answer key or value; the caller adds where it was written. */
public class AnswerError extends Exception {
  private static final long serialVersionUID = 1L;
  private final LocalizedText text;
  private final @Nullable LocalizedText hint;

  public AnswerError(LocalizedText text, @Nullable LocalizedText hint) {
    super(text.en());
    this.text = text;
    this.hint = hint;
  }

  public LocalizedText text() {
    return text;
  }

  public @Nullable LocalizedText hint() {
    return hint;
  }
}
