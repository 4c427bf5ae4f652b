package dev.rta.domain.decision;

import dev.rta.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A correction that changed the answer compared with the document.
 *
 * @param correction correction id
 * @param seedPrimary what the document recommends (null: conflict)
 * @param text what changed and why
 * @param source where the fact comes from
 * @param asOf the source's date
 */
public record CorrectionEffect(
    String correction, @Nullable String seedPrimary, LocalizedText text, String source, String asOf) {}
