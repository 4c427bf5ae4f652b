package dev.rta.domain.analysis;

import dev.rta.domain.AnswerValue;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An answer or fact inferred from the project, with how sure and why.
 *
 * @param scope the member feature the fact holds under (e.g. {@code psql}), or null when it always holds
 */
public record Inferred(String key, AnswerValue value, double confidence, List<Evidence> evidence,
    @Nullable String scope) {
  public Inferred {
    evidence = List.copyOf(evidence);
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be in [0,1] but was " + confidence);
    }
  }

  public Inferred(String key, AnswerValue value, double confidence, List<Evidence> evidence) {
    this(key, value, confidence, evidence, null);
  }
}
