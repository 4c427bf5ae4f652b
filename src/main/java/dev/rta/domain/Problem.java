package dev.rta.domain;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A mistake in something the user wrote: where, what, and how to fix it.
 *
 * @param location where the mistake is
 * @param message what is wrong, quoting the bad value
 * @param hint how to fix it, or null
 */
public record Problem(Location location, String message, @Nullable String hint) {
  public Problem {
    requireNonNull(location, "location");
    requireNonNull(message, "message");
    if (message.isBlank()) {
      throw new IllegalArgumentException("a problem needs a message");
    }
  }

  public static Problem at(Location location, String message) {
    return new Problem(location, message, null);
  }

  public static Problem at(Location location, String message, @Nullable String hint) {
    return new Problem(location, message, hint);
  }

  /** {@code file:line: message (hint)} on one line. */
  public String format() {
    return location + ": " + message + (hint == null ? "" : " (" + hint + ")");
  }
}
