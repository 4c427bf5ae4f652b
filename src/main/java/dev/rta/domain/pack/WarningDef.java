package dev.rta.domain.pack;

import dev.rta.domain.Condition;
import dev.rta.domain.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A caution shown with the recommendation.
 *
 * @param primary it applies only when the recommended runtime is one of these (empty: any)
 * @param primaryNotIn it applies only when the recommended runtime is not in this list answer
 */
public record WarningDef(
    String id,
    String source,
    Condition when,
    List<String> primary,
    @Nullable String primaryNotIn,
    LocalizedText message,
    @Nullable String decision) {
  public WarningDef {
    primary = List.copyOf(primary);
  }
}
