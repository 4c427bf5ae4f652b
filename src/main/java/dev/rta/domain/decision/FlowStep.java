package dev.rta.domain.decision;

import dev.rta.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * One question on the path through the flowchart.
 *
 * @param node node id
 * @param key the answer key it reads
 * @param question the question
 * @param value the answer, or null when unknown (the path stops here)
 * @param label the branch label, or null
 * @param decision the rta decision behind the branch, or null
 */
public record FlowStep(
    String node, String key, LocalizedText question, @Nullable String value, @Nullable LocalizedText label,
    @Nullable String decision) {}
