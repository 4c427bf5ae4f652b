package dev.rta.domain.decision;

import dev.rta.domain.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rule as one baseline compiles it, for {@code rta explain}.
 *
 * @param id rule id
 * @param kind constraint, vote, continue, caution or score
 * @param stage the stage of a vote, or null
 * @param source the document section (id)
 * @param sourceTitle its heading
 * @param condition when it fires, as a formula
 * @param effect what it does, e.g. {@code recommend tokio → smol}
 * @param seedEffect what it does in the document, when a correction changed it; else null
 * @param label what the rule is
 * @param text its words (rationale, reason or message)
 * @param corrections corrections that changed or added it
 * @param decision the rta decision it rests on, or null
 */
public record RuleInfo(
    String id,
    RuleKind kind,
    dev.rta.domain.pack.@Nullable StageId stage,
    String source,
    LocalizedText sourceTitle,
    String condition,
    String effect,
    @Nullable String seedEffect,
    LocalizedText label,
    LocalizedText text,
    List<String> corrections,
    @Nullable String decision) {
  public RuleInfo {
    corrections = List.copyOf(corrections);
  }
}
