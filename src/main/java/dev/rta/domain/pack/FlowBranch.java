package dev.rta.domain.pack;

import dev.rta.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A branch of a flowchart question: the answer value, its label and the next node or leaf.
 *
 * @param decision the rta decision that added the branch, when the document does not draw it
 */
public record FlowBranch(String value, LocalizedText label, String next, @Nullable String decision) {}
