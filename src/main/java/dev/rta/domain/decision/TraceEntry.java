package dev.rta.domain.decision;

import dev.rta.domain.LocalizedText;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A rule that fired.
 *
 * @param rule rule id
 * @param kind constraint, vote, continue, caution or score
 * @param stage the stage of a vote, or null
 * @param source the document section it comes from (section id)
 * @param sourceTitle that section's heading
 * @param inputs the answers it read, by key
 * @param effect what it says, e.g. {@code recommend tokio → smol} or {@code exclude embassy}
 * @param effectText the same in words
 * @param outcome what it did to this decision
 * @param text its words (rationale, reason, message)
 * @param corrections corrections that changed it
 * @param decision the rta decision it rests on, or null
 */
public record TraceEntry(
    String rule,
    RuleKind kind,
    dev.rta.domain.pack.@Nullable StageId stage,
    String source,
    LocalizedText sourceTitle,
    Map<String, String> inputs,
    String effect,
    LocalizedText effectText,
    Outcome outcome,
    LocalizedText text,
    List<String> corrections,
    @Nullable String decision) {
  public TraceEntry {
    inputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inputs));
    corrections = List.copyOf(corrections);
  }
}
