package dev.rta.domain.decision;

import dev.rta.domain.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The path through the flowchart.
 *
 * @param steps the questions passed
 * @param leaf the leaf reached, or null
 * @param leafLabel the leaf's label, or null
 * @param stoppedAt the answer key the walk needed but did not have, or null
 */
public record FlowPath(List<FlowStep> steps, @Nullable String leaf, @Nullable LocalizedText leafLabel,
    @Nullable String stoppedAt) {
  public FlowPath {
    steps = List.copyOf(steps);
  }
}
