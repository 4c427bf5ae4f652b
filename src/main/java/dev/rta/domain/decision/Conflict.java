package dev.rta.domain.decision;

import java.util.List;
import java.util.Map;

/**
 * No runtime satisfies the answers.
 *
 * @param answers the keys of the smallest set of answers that cannot hold together
 * @param values those answers as written (for list answers, the conflicting items)
 * @param reasons why each runtime is ruled out by them
 * @param hints what to change, from the constraints that take part (e.g. "an embedded Linux board has std")
 */
public record Conflict(List<String> answers, Map<String, String> values, List<Rejection> reasons,
    List<dev.rta.domain.LocalizedText> hints) {
  public Conflict {
    hints = List.copyOf(hints);
    answers = List.copyOf(answers);
    values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    reasons = List.copyOf(reasons);
  }
}
