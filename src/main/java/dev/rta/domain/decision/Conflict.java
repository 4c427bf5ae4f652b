package dev.rta.domain.decision;

import java.util.List;
import java.util.Map;

/**
 * No runtime satisfies the answers.
 *
 * @param answers the keys of the smallest set of answers that cannot hold together
 * @param values those answers as written (for list answers, the conflicting items)
 * @param reasons why each runtime is ruled out by them
 */
public record Conflict(List<String> answers, Map<String, String> values, List<Rejection> reasons) {
  public Conflict {
    answers = List.copyOf(answers);
    values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    reasons = List.copyOf(reasons);
  }
}
