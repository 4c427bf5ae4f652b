package dev.rta.domain.decision;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A runtime that can be chosen, with its score and reasons.
 *
 * @param runtime runtime id
 * @param score its share of the support in [0, 1]
 * @param support the rules that recommend it
 * @param notChosen why it is not the primary (null for the primary)
 */
public record RankedRuntime(String runtime, double score, List<Reason> support, @Nullable Reason notChosen) {
  public RankedRuntime {
    if (score < 0 || score > 1) {
      throw new IllegalArgumentException("score must be in [0,1] but was " + score);
    }
    support = List.copyOf(support);
  }
}
