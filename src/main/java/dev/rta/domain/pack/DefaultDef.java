package dev.rta.domain.pack;

import dev.rta.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/** The recommendation that applies when no other part of the document decides. */
public record DefaultDef(
    String id, String source, Preference recommend, LocalizedText reason, @Nullable String decision) {}
