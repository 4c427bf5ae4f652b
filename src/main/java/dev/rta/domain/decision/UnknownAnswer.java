package dev.rta.domain.decision;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An answer the user did not give that could change the result.
 *
 * @param key answer key
 * @param changes the values that would change the primary, and to what
 */
public record UnknownAnswer(String key, List<Change> changes) {
  public UnknownAnswer {
    changes = List.copyOf(changes);
  }

  /** With {@code key = value}, the primary would be {@code primary} (null: a conflict). */
  public record Change(String value, @Nullable String primary) {}
}
