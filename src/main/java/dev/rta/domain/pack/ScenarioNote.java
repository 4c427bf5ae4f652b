package dev.rta.domain.pack;

import dev.rta.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/** A suitable / caution / unsuitable scenario of a profile; {@code rule} names the rule that enforces it. */
public record ScenarioNote(LocalizedText text, @Nullable String rule) {}
