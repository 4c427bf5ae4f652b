package dev.rta.cli;

import org.jspecify.annotations.Nullable;

/** A mistake of the user's that a command found: one line, exit code 2. */
final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final @Nullable String hint;

  UserError(String message, @Nullable String hint) {
    super(message);
    this.hint = hint;
  }

  @Nullable String hint() {
    return hint;
  }
}
