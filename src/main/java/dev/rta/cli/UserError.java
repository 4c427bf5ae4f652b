package dev.rta.cli;

import dev.rta.app.FileErrors;
import dev.rta.domain.LocalizedText;
import dev.rta.domain.Messages;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** A mistake of the user's that a command found: one line in the user's language, exit code 2. */
final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final LocalizedText text;
  private final @Nullable LocalizedText hint;

  UserError(LocalizedText text, @Nullable LocalizedText hint) {
    super(text.en());
    this.text = text;
    this.hint = hint;
  }

  /** A message and a hint from the catalogue; the hint key may be null. */
  static UserError of(String key, @Nullable String hintKey, Object... args) {
    return new UserError(Messages.text(key, args), hintKey == null ? null : Messages.text(hintKey, args));
  }

  LocalizedText text() {
    return text;
  }

  @Nullable LocalizedText hint() {
    return hint;
  }

  /** A file or directory could not be written: the path and why ("is a directory", "permission denied", …). */
  static UserError cannotWrite(Path path, IOException e) {
    return of("err.cli.cannotWrite", e instanceof AccessDeniedException ? "hint.cli.permissions" : null, path,
        FileErrors.reason(e));
  }

  /** The --baseline value is neither seed nor current. */
  static UserError badBaseline(String value) {
    return of("err.cli.baseline", "hint.cli.baseline", value);
  }
}
