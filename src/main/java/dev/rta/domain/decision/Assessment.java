package dev.rta.domain.decision;

import dev.rta.domain.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Pros and cons of one option for these answers, in MADR's words: good, neutral and bad, each because
 * of a rule or a matrix cell.
 *
 * @param status the runtime's maintenance status when the corrections layer changed it, or null
 */
public record Assessment(
    String runtime, @Nullable LocalizedText status, List<Reason> good, List<Reason> neutral, List<Reason> bad) {
  public Assessment {
    good = List.copyOf(good);
    neutral = List.copyOf(neutral);
    bad = List.copyOf(bad);
  }
}
