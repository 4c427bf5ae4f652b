package dev.rta.domain.pack;

import dev.rta.domain.Condition;
import dev.rta.domain.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A hard constraint: when it holds, the runtimes it names are ruled out.
 *
 * @param hint what to do when the constraint takes part in a conflict (e.g. which answer is likely wrong), or null
 */
public record ConstraintDef(
    String id, String source, Condition when, List<String> exclude, LocalizedText reason, @Nullable String decision,
    @Nullable LocalizedText hint) {
  public ConstraintDef {
    exclude = List.copyOf(exclude);
  }
}
