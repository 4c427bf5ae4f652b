package dev.rta.domain;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A mistake in something the user wrote: where, what, and how to fix it, in both languages.
 *
 * @param location where the mistake is
 * @param message what is wrong, quoting the bad value
 * @param hint how to fix it, or null
 */
public record Problem(Location location, LocalizedText message, @Nullable LocalizedText hint) {
  public Problem {
    requireNonNull(location, "location");
    requireNonNull(message, "message");
    if (message.en().isBlank()) {
      throw new IllegalArgumentException("a problem needs a message");
    }
  }

  public static Problem at(Location location, LocalizedText message) {
    return new Problem(location, message, null);
  }

  public static Problem at(Location location, LocalizedText message, @Nullable LocalizedText hint) {
    return new Problem(location, message, hint);
  }

  /** A problem whose words come from the message catalogue: {@code key} with its arguments. */
  public static Problem of(Location location, String key, Object... args) {
    return new Problem(location, Messages.text(key, args), null);
  }

  public Problem withHint(LocalizedText hint) {
    return new Problem(location, message, hint);
  }

  public Problem withHint(String key, Object... args) {
    return new Problem(location, message, Messages.text(key, args));
  }

  /** {@code file:line: message (hint)} on one line. */
  public String format(Lang lang) {
    return location + ": " + message.in(lang) + (hint == null ? "" : " (" + hint.in(lang) + ")");
  }

  public String format() {
    return format(Lang.EN);
  }
}
