package dev.rta.domain.analysis;

import dev.rta.domain.AnswerValue;
import java.util.List;

/** An answer inferred from the project, with how sure and why. */
public record Inferred(String key, AnswerValue value, double confidence, List<Evidence> evidence) {
  public Inferred {
    evidence = List.copyOf(evidence);
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be in [0,1] but was " + confidence);
    }
  }
}
