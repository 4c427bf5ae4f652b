package dev.rta.domain.pack;

import dev.rta.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/** A cell of the feature or ecosystem matrix. */
public record Cell(Level level, @Nullable LocalizedText note) {}
